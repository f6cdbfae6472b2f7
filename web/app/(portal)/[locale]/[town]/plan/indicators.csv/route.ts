import { getTranslations } from '@web/i18n/translations'
import { toCsv } from '@shared/csv'
import { pickLocalized } from '@shared/localized'
import { csvResponse } from '@web/lib/csvResponse'
import { listIndicators, valuesOf } from '@web/lib/plan'
import { notFoundResponse, townForRoute } from '@web/lib/routeTown'
import type { TownPageProps } from '@web/lib/townPage'

/** Every indicator value (by year, district and legal group) as CSV. */
export async function GET(_request: Request, { params }: TownPageProps<'indicatorsCsv'>) {
  const { locale: raw, town: slug } = await params
  const found = await townForRoute('indicatorsCsv', raw, slug)
  if (!found) return notFoundResponse()
  const { town, locale } = found
  const [indicators, tg] = await Promise.all([listIndicators(town.id), getTranslations({ locale, namespace: 'LegalGroup' })])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)?.value ?? ''
  const rows = indicators.flatMap((i) =>
    valuesOf(i).map((v) => [i.slug, pick(i.name), pick(i.unit), v.year, v.value, v.district ? pick(v.district.name) : '', v.legalGroup ? tg(v.legalGroup) : '', i.source ?? '']),
  )
  return csvResponse(toCsv(['indicator', 'name', 'unit', 'year', 'value', 'district', 'legal_group', 'source'], rows), `${town.slug}-indicators-${locale}.csv`)
}
