import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { IconName } from '@shared/icons'
import { pickLocalized } from '@shared/localized'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
import { PlanBreadcrumbs } from '@web/components/plan/PlanBreadcrumbs'
import { Icon } from '@web/components/Icon'
import { LocalizedText } from '@web/components/LocalizedText'
import { MeasureList } from '@web/components/plan/MeasureList'
import { ProgressBar } from '@web/components/plan/ProgressBar'
import { StatusCounts } from '@web/components/plan/StatusCounts'
import { PortalShell } from '@web/components/PortalShell'
import { alternates, social } from '@web/lib/metadata'
import { loadPlan, summarize } from '@web/lib/plan'
import { planPage } from '@web/lib/planPage'

type Args = { params: Promise<{ locale: string; town: string; field: string }> }

async function load(params: Args['params']) {
  const { field: slug } = await params
  const page = await planPage(params, `/${slug}`)
  const plan = await loadPlan(page.town.id)
  const field = plan.fields.find((f) => f.slug === slug)
  if (!field) redirect(`/${page.locale}/${NOT_FOUND_SEGMENT}`)
  return { ...page, plan, field }
}

export async function generateMetadata({ params }: Args) {
  const { locale, town, field } = await load(params)
  return social({
    title: `${pickLocalized(field.title, locale, town.defaultLocale)?.value} – ${town.name}`,
    alternates: alternates(`/${town.slug}/plan/${field.slug}`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** One action field: what it is about, its goals and sub-goals, its measures with status and progress. */
export default async function FieldPage({ params }: Args) {
  const { locale, town, base, path, plan, field } = await load(params)
  const t = await getTranslations('Plan')
  const pick = (v: Record<string, string | null>) => pickLocalized(v, locale, town.defaultLocale)
  const measures = plan.measures.filter((m) => m.actionField === field.id)
  const goals = plan.goals.filter((g) => g.actionField === field.id)
  const s = summarize(measures)
  return (
    <PortalShell locale={locale} path={path} locales={town.enabledLocales} town={town}>
      <div className="container narrow section">
        <PlanBreadcrumbs locale={locale} town={town} base={base} />
        <h1 className="with-icon">
          <Icon name={(field.icon as IconName) ?? 'arrow'} size={32} />
          <LocalizedText as="span" value={pick(field.title)} reader={locale} notice={false} />
        </h1>
        <LocalizedText className="lead" value={pick(field.description)} reader={locale} />
        <div className="card plan-summary">
          <p>{t('measureCount', { count: s.total })}</p>
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
                    {goals.some((c) => c.parent === g.id) ? (
                      <ul>
                        {goals
                          .filter((c) => c.parent === g.id)
                          .map((c) => (
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
          <MeasureList measures={measures} all={plan.measures} base={base} locale={locale} townDefault={town.defaultLocale} />
        </section>
      </div>
    </PortalShell>
  )
}
