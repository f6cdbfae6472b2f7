import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@shared/localized'
import { PlanBreadcrumbs } from '@web/components/plan/PlanBreadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { SelectField } from '@web/components/SelectField'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { alternates, social } from '@web/lib/metadata'
import { listEditions } from '@web/lib/plan'
import { planPage } from '@web/lib/planPage'

type Args = { params: Promise<{ locale: string; town: string }> }

export async function generateMetadata({ params }: Args) {
  const { locale, town } = await planPage(params, '/editions')
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: `${t('editions')} – ${town.name}`, alternates: alternates(`/${town.slug}/plan/editions`, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** Every published edition of the plan, newest first, and a form to compare two. */
export default async function EditionsPage({ params }: Args) {
  const { locale, town, base, path } = await planPage(params, '/editions')
  const [t, editions] = await Promise.all([getTranslations('Plan'), listEditions(town.id)])
  const pick = (v: Record<string, string | null>) => pickLocalized(v, locale, town.defaultLocale)
  const label = (e: (typeof editions)[number]) => `${pick(e.name)?.value ?? e.slug} (${formatDate(e.date, locale, town.timeZone)})`
  return (
    <PortalShell locale={locale} path={path} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <PlanBreadcrumbs locale={locale} town={town} base={base} />
        <h1>{t('editions')}</h1>
        <p className="lead">{t('editionsIntro')}</p>
        <ol className="result-list" role="list">
          {editions.map((e, i) => (
            <li key={e.id}>
              <article className="card">
                <p className="card-kicker">
                  {formatDate(e.date, locale, town.timeZone)}
                  {i === 0 ? <span className="badge">{t('current')}</span> : null}
                </p>
                <h2 className="card-title">
                  <a href={`${base}/editions/${e.slug}`}>
                    <LocalizedText as="span" value={pick(e.name)} reader={locale} notice={false} />
                  </a>
                </h2>
                {e.councilResolution ? (
                  <p>
                    {t('councilResolution')}: <bdi dir="ltr">{e.councilResolution}</bdi>
                  </p>
                ) : null}
                <LocalizedText className="card-text" value={pick(e.notes)} reader={locale} />
              </article>
            </li>
          ))}
        </ol>
        {editions.length > 1 ? (
          <form className="search-form block" action={`${base}/editions/compare`} method="get" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t('compare')}</h2>
            <div className="filter-grid">
              <SelectField name="from" label={t('compareFrom')} value={editions[1]!.slug} anyLabel="–" items={editions.map((e) => ({ value: e.slug, label: label(e) }))} />
              <SelectField name="to" label={t('compareTo')} value={editions[0]!.slug} anyLabel="–" items={editions.map((e) => ({ value: e.slug, label: label(e) }))} />
            </div>
            <button type="submit" className="button">
              {t('compare')}
            </button>
          </form>
        ) : null}
      </div>
    </PortalShell>
  )
}
