import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { Icon } from '@web/components/Icon'
import { LocalizedText } from '@web/components/LocalizedText'
import { PlanLinks } from '@web/components/plan/PlanLinks'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusCounts } from '@web/components/plan/StatusCounts'
import { WorkingGroups } from '@web/components/plan/WorkingGroups'
import { PortalShell } from '@web/components/PortalShell'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { listWorkingGroups, loadPlan, summarize } from '@web/lib/plan'
import { recordView } from '@web/lib/recordView'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'plan'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('plan', props)
  const t = await getTranslations({ locale, namespace: 'Plan' })
  return social({ title: await townTitle(locale, t('title'), town.name), description: sentence(t, 'intro', { town: town.name }), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }, locale)
}

/** The plan at a glance: every action field with its measures' status counts and progress. */
async function PlanOverview(props: Props) {
  const { locale, town, page } = await townPage('plan', props)
  await recordView(town, page, locale)
  const [t, plan, groups] = await Promise.all([getTranslations('Plan'), loadPlan(town.id), listWorkingGroups(town.id)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const all = summarize(plan.measures)
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container section">
        <h1>{t('title')}</h1>
        <p className="lead"><Sentence text={sentence(t, 'intro', { town: town.name })} /></p>
        {plan.fields.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <>
            <section className="card plan-summary" aria-labelledby="overall">
              <h2 id="overall">{t('overall')}</h2>
              <p><Sentence text={sentence(t, 'measureCount', { count: all.total })} /></p>
              <StatusCounts counts={all.counts} />
              <ProgressBar value={all.progress} locale={locale} label={t('progress')} />
            </section>
            <h2>{t('fields')}</h2>
            <ol className="field-list" role="list">
              {plan.fields.map((field) => {
                const s = summarize(plan.measures.filter((m) => m.actionField === field.id))
                return (
                  <li key={field.id}>
                    <article className="card field-card" aria-labelledby={`f-${field.id}`}>
                      <h3 id={`f-${field.id}`} className="card-title">
                        <Icon name={field.icon ?? 'arrow'} size={28} />
                        <a href={route.actionField({ locale, town: town.slug, field: field.slug })}>
                          <LocalizedText as="span" value={pick(field.title)} reader={locale} notice={false} />
                        </a>
                      </h3>
                      <p><Sentence text={sentence(t, 'measureCount', { count: s.total })} /></p>
                      <StatusCounts counts={s.counts} />
                      <ProgressBar value={s.progress} locale={locale} label={t('progress')} />
                    </article>
                  </li>
                )
              })}
            </ol>
            <WorkingGroups groups={groups} locale={locale} townDefault={town.defaultLocale} town={town.slug} />
            <PlanLinks locale={locale} town={town.slug} />
          </>
        )}
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(PlanOverview)
