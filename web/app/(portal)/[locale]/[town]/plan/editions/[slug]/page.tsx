import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { meanProgress } from '@shared/planProgress'
import { route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { LocalizedText } from '@web/components/LocalizedText'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusBadge } from '@web/components/plan/StatusBadge'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { listEditions, loadPlan } from '@web/lib/plan'
import { metadataWithNotFound, missingDocument, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'edition'>

async function load(props: Props) {
  const loaded = await townPage('edition', props)
  const edition = (await listEditions(loaded.town.id)).find((e) => e.slug === loaded.params.slug)
  if (!edition?.snapshot) return missingDocument(loaded)
  return { ...loaded, edition, snapshot: edition.snapshot }
}

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, edition } = await load(props)
  return social({
    title: await townTitle(locale, pickLocalized(edition.name, locale, town.defaultLocale)?.value ?? '', town.name),
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** A past edition as it was published: its measures per field with their status and progress then. */
async function EditionPage(props: Props) {
  const { locale, town, page, edition, snapshot } = await load(props)
  const [t, plan] = await Promise.all([getTranslations('Plan'), loadPlan(town.id)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const pickSnapshot = (v: Record<string, string | null>) => pickLocalized(v, locale, town.defaultLocale)
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs locale={locale} town={town} page="edition" />
        <h1>
          <LocalizedText as="span" value={pick(edition.name)} reader={locale} notice={false} />
        </h1>
        <p className="lead"><Sentence text={sentence(t, 'snapshotOf', { date: formatDate(edition.date, locale, town.timeZone) })} /></p>
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
                    <a href={route.measure({ locale, town: town.slug, slug: m.slug })}>
                      <LocalizedText as="span" value={pickSnapshot(m.title)} reader={locale} notice={false} />
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

export default withNotFound(EditionPage)
