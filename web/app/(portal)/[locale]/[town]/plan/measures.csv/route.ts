import { getTranslations } from '@web/i18n/translations'
import { toCsv } from '@shared/csv'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { csvResponse } from '@web/lib/csvResponse'
import { loadPlan } from '@web/lib/plan'
import { notFoundResponse, originOf, townForRoute } from '@web/lib/routeTown'
import type { TownPageProps } from '@web/lib/townPage'

/** All measures of the plan as CSV, texts in the requested language. */
export async function GET(request: Request, { params }: TownPageProps<'measuresCsv'>) {
  const { locale: raw, town: slug } = await params
  const found = await townForRoute('measuresCsv', raw, slug)
  if (!found) return notFoundResponse()
  const { town, locale } = found
  const [plan, ts, tf] = await Promise.all([loadPlan(town.id), getTranslations({ locale, namespace: 'MeasureStatus' }), getTranslations({ locale, namespace: 'Funding' })])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)?.value ?? ''
  const origin = originOf(request)
  const rows = plan.measures.map((m) => [
    m.slug,
    pick(m.title),
    pick(plan.fields.find((f) => f.id === m.actionField)?.title),
    ts(m.status),
    m.progress,
    m.responsibleOrganization?.name ?? pick(m.responsibleOffice),
    m.period?.start?.slice(0, 10) ?? '',
    m.period?.end?.slice(0, 10) ?? '',
    m.funding?.costEstimate ?? '',
    m.funding?.source ? tf(m.funding.source) : '',
    m.councilResolution ?? '',
    plan.measures.find((p) => p.id === m.parent)?.slug ?? '',
    `${origin}${route.measure({ locale, town: town.slug, slug: m.slug })}`,
  ])
  const header = ['slug', 'title', 'action_field', 'status', 'progress_percent', 'responsible', 'start', 'end', 'cost_estimate_eur', 'funding', 'council_resolution', 'parent', 'url']
  return csvResponse(toCsv(header, rows), `${town.slug}-measures-${locale}.csv`)
}
