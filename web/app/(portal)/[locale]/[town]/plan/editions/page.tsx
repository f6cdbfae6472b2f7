import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { SelectField } from '@web/components/SelectField'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { listEditions, type Edition } from '@web/lib/plan'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { withNote } from '@shared/isolate'

type Props = TownPageProps<'planEditions'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('planEditions', props)
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: await townTitle(locale, t('editions'), town.name), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** Every published edition of the plan, newest first, and a form to compare two. */
async function EditionsPage(props: Props) {
  const { locale, town, page } = await townPage('planEditions', props)
  const [t, editions] = await Promise.all([getTranslations('Plan'), listEditions(town.id)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const label = (e: Edition) => withNote(pick(e.name)?.value ?? e.slug, formatDate(e.date, locale, town.timeZone))
  const [current, previous] = editions
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs locale={locale} town={town} page="planEditions" />
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
                  <a href={route.edition({ locale, town: town.slug, slug: e.slug })}>
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
        {current && previous ? (
          <form className="search-form block" action={route.planCompare({ locale, town: town.slug })} method="get" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t('compare')}</h2>
            <div className="filter-grid">
              <SelectField name="from" label={t('compareFrom')} value={previous.slug} anyLabel="–" items={editions.map((e) => ({ value: e.slug, label: label(e) }))} />
              <SelectField name="to" label={t('compareTo')} value={current.slug} anyLabel="–" items={editions.map((e) => ({ value: e.slug, label: label(e) }))} />
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

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(EditionsPage)
