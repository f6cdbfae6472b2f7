import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { meanProgress } from '@shared/planProgress'
import { pickLocalized } from '@shared/localized'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
import { PlanBreadcrumbs } from '@web/components/plan/PlanBreadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusBadge } from '@web/components/plan/StatusBadge'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { alternates, social } from '@web/lib/metadata'
import { listEditions, loadPlan } from '@web/lib/plan'
import { planPage } from '@web/lib/planPage'

type Args = { params: Promise<{ locale: string; town: string; slug: string }> }

async function load(params: Args['params']) {
  const { slug } = await params
  const page = await planPage(params, `/editions/${slug}`)
  const edition = (await listEditions(page.town.id)).find((e) => e.slug === slug)
  if (!edition?.snapshot) redirect(`/${page.locale}/${NOT_FOUND_SEGMENT}`)
  return { ...page, edition, snapshot: edition.snapshot }
}

export async function generateMetadata({ params }: Args) {
  const { locale, town, edition } = await load(params)
  return social({
    title: `${pickLocalized(edition.name, locale, town.defaultLocale)?.value} – ${town.name}`,
    alternates: alternates(`/${town.slug}/plan/editions/${edition.slug}`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** A past edition as it was published: its measures per field with their status and progress then. */
export default async function EditionPage({ params }: Args) {
  const { locale, town, base, path, edition, snapshot } = await load(params)
  const [t, plan] = await Promise.all([getTranslations('Plan'), loadPlan(town.id)])
  const pick = (v: Record<string, string | null>) => pickLocalized(v, locale, town.defaultLocale)
  return (
    <PortalShell locale={locale} path={path} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <PlanBreadcrumbs locale={locale} town={town} base={base} more={[{ href: `${base}/editions`, label: t('editions') }]} />
        <h1>
          <LocalizedText as="span" value={pick(edition.name)} reader={locale} notice={false} />
        </h1>
        <p className="lead">{t('snapshotOf', { date: formatDate(edition.date, locale, town.timeZone) })}</p>
        {edition.councilResolution ? (
          <p>
            {t('councilResolution')}: <bdi dir="ltr">{edition.councilResolution}</bdi>
          </p>
        ) : null}
        <LocalizedText value={pick(edition.notes)} reader={locale} />
        {plan.fields.map((field) => {
          const measures = snapshot.measures.filter((m) => m.actionField === field.id)
          if (!measures.length) return null
          return (
            <section key={field.id} className="block" aria-labelledby={`e-${field.id}`}>
              <h2 id={`e-${field.id}`}>
                <LocalizedText as="span" value={pick(field.title)} reader={locale} notice={false} />
              </h2>
              <ProgressBar value={meanProgress(measures)} locale={locale} label={t('progress')} />
              <ul className="link-list" role="list">
                {measures.map((m) => (
                  <li key={m.id}>
                    <StatusBadge status={m.status} />{' '}
                    <a href={`${base}/measures/${m.slug}`}>
                      <LocalizedText as="span" value={pick(m.title)} reader={locale} notice={false} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </div>
    </PortalShell>
  )
}
