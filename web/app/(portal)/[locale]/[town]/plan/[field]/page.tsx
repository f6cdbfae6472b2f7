import { getTranslations } from '@web/i18n/translations'
import { idOf } from '@cms/access/ids'
import { pickLocalized } from '@shared/localized'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { Icon } from '@web/components/Icon'
import { LocalizedText } from '@web/components/LocalizedText'
import { MeasureList } from '@web/components/plan/MeasureList'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusCounts } from '@web/components/plan/StatusCounts'
import { PortalShell } from '@web/components/PortalShell'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { loadPlan, summarize } from '@web/lib/plan'
import { metadataWithNotFound, missingDocument, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'actionField'>

async function load(props: Props) {
  const loaded = await townPage('actionField', props)
  const plan = await loadPlan(loaded.town.id)
  const field = plan.fields.find((f) => f.slug === loaded.params.field) ?? missingDocument(loaded)
  return { ...loaded, plan, field }
}

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, field } = await load(props)
  return social({
    title: await townTitle(locale, pickLocalized(field.title, locale, town.defaultLocale)?.value ?? '', town.name),
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** One action field: what it is about, its goals and sub-goals, its measures with status and progress. */
async function FieldPage(props: Props) {
  const { locale, town, page, plan, field } = await load(props)
  const t = await getTranslations('Plan')
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const measures = plan.measures.filter((m) => m.actionField === field.id)
  const goals = plan.goals.filter((g) => idOf(g.actionField) === field.id)
  const subGoals = (id: string) => goals.filter((c) => idOf(c.parent) === id)
  const s = summarize(measures)
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <Breadcrumbs locale={locale} town={town} page="actionField" />
        <h1 className="with-icon">
          <Icon name={field.icon ?? 'arrow'} size={32} />
          <LocalizedText as="span" value={pick(field.title)} reader={locale} notice={false} />
        </h1>
        <LocalizedText className="lead" value={pick(field.description)} reader={locale} />
        <div className="card plan-summary">
          <p><Sentence text={sentence(t, 'measureCount', { count: s.total })} /></p>
          <StatusCounts counts={s.counts} />
          <ProgressBar value={s.progress} locale={locale} label={t('progress')} />
        </div>
        {goals.length ? (
          <section className="block" aria-labelledby="goals">
            <h2 id="goals">{t('goals')}</h2>
            <ul className="goal-list">
              {goals
                .filter((g) => !g.parent)
                .map((g) => (
                  <li key={g.id}>
                    <LocalizedText as="span" value={pick(g.title)} reader={locale} />
                    {subGoals(g.id).length ? (
                      <ul>
                        {subGoals(g.id).map((c) => (
                          <li key={c.id}>
                            <LocalizedText as="span" value={pick(c.title)} reader={locale} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
            </ul>
          </section>
        ) : null}
        <section className="block" aria-labelledby="measures">
          <h2 id="measures">{t('measures')}</h2>
          <MeasureList measures={measures} all={plan.measures} town={town.slug} locale={locale} townDefault={town.defaultLocale} />
        </section>
      </div>
    </PortalShell>
  )
}

export default withNotFound(FieldPage)
