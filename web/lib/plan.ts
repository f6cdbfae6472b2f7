import { cache } from 'react'
import { idOf } from '@cms/access/ids'
import { cachedPlanData } from '@cms/plan/planCache'
import type { PlanSnapshot } from '@shared/planEditions'
import { meanProgress, rollUpProgress } from '@shared/planProgress'
import { payloadClient } from './payload'

type Localized = Record<string, string | null>
type Doc = Record<string, unknown>

export interface PlanField {
  id: string
  slug: string
  title: Localized
  description: Localized
  icon: string | null
  order: number
}

export interface PlanGoal {
  id: string
  title: Localized
  actionField: string | null
  parent: string | null
}

export interface PlanMeasure {
  id: string
  slug: string
  title: Localized
  actionField: string | null
  goals: string[]
  status: string
  /** Rolled up from sub-measures where it has any. */
  progress: number
  parent: string | null
  responsibleOrganization: { name?: string; slug?: string } | null
  responsibleOffice: Localized
  period: { start?: string | null; end?: string | null }
  funding: { costEstimate?: number | null; source?: string | null }
  councilResolution: string | null
}

export const MEASURE_STATUSES = ['planned', 'started', 'ongoing', 'completed', 'paused', 'dropped'] as const

const find = async (collection: 'action-fields' | 'goals' | 'measures' | 'indicators' | 'plan-editions', townID: string, extra: Record<string, unknown> = {}) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { municipality: { equals: townID } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    ...extra,
  })
  return docs as unknown as Doc[]
}

/** The whole plan of a town: fields, goals, measures (with rolled-up progress). */
export const loadPlan = cache((townID: string) => cachedPlanData(townID, 'plan', () => readPlan(townID)))

async function readPlan(townID: string) {
  const payload = await payloadClient()
  const [fields, goals, measureDocs] = await Promise.all([
    find('action-fields', townID, { sort: 'order' }),
    find('goals', townID, { sort: 'order' }),
    payload
      .find({
        collection: 'measures',
        where: { municipality: { equals: townID } },
        locale: 'all',
        depth: 1,
        pagination: false,
        overrideAccess: false,
        sort: 'title',
        select: {
          slug: true,
          title: true,
          actionField: true,
          goals: true,
          status: true,
          progress: true,
          parent: true,
          weight: true,
          responsibleOrganization: true,
          responsibleOffice: true,
          period: true,
          funding: true,
          councilResolution: true,
        },
        populate: { organizations: { name: true, slug: true } },
      })
      .then((r) => r.docs as unknown as Doc[]),
  ])
  const progress = rollUpProgress(
    measureDocs.map((m) => ({ id: String(m.id), parent: idOf(m.parent), progress: Number(m.progress ?? 0), weight: Number(m.weight ?? 1), status: String(m.status) })),
  )
  const measures: PlanMeasure[] = measureDocs.map((m) => ({
    id: String(m.id),
    slug: String(m.slug),
    title: (m.title as Localized) ?? {},
    actionField: idOf(m.actionField),
    goals: ((m.goals as unknown[]) ?? []).map(idOf).filter((g): g is string => Boolean(g)),
    status: String(m.status),
    progress: progress.get(String(m.id)) ?? 0,
    parent: idOf(m.parent),
    responsibleOrganization: m.responsibleOrganization && typeof m.responsibleOrganization === 'object' ? (m.responsibleOrganization as { name?: string; slug?: string }) : null,
    responsibleOffice: (m.responsibleOffice as Localized) ?? {},
    period: (m.period as PlanMeasure['period']) ?? {},
    funding: (m.funding as PlanMeasure['funding']) ?? {},
    councilResolution: (m.councilResolution as string | null) ?? null,
  }))
  return {
    fields: fields.map((f) => ({
      id: String(f.id),
      slug: String(f.slug),
      title: (f.title as Localized) ?? {},
      description: (f.description as Localized) ?? {},
      icon: (f.icon as string | null) ?? null,
      order: Number(f.order ?? 0),
    })) as PlanField[],
    goals: goals.map((g) => ({ id: String(g.id), title: (g.title as Localized) ?? {}, actionField: idOf(g.actionField), parent: idOf(g.parent) })) as PlanGoal[],
    measures,
  }
}

/** Status counts and mean progress of a set of measures (sub-measures are counted in their parent). */
export function summarize(measures: PlanMeasure[]) {
  const top = measures.filter((m) => !m.parent)
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, top.filter((m) => m.status === s).length])) as Record<(typeof MEASURE_STATUSES)[number], number>
  return { total: top.length, counts, progress: meanProgress(top) }
}

/** One measure with everything its page shows. */
export const getMeasure = cache(async (townID: string, slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'measures',
    where: { and: [{ municipality: { equals: townID } }, { slug: { equals: slug } }] },
    locale: 'all',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    populate: {
      organizations: { name: true, slug: true },
      'action-fields': { title: true, slug: true },
      goals: { title: true },
      services: { title: true, slug: true, summary: true },
      events: { title: true, slug: true },
      news: { title: true, slug: true },
      indicators: { name: true, slug: true, unit: true },
      media: { filename: true, url: true, alt: true, mimeType: true, filesize: true },
      measures: { title: true, slug: true },
    },
  })
  return (docs[0] as Doc | undefined) ?? null
})

export interface IndicatorValue {
  year: number
  value: number
  district: { id: string; slug?: string; name?: Localized } | null
  legalGroup: string | null
}

/** The indicators of a town (names and values). */
export const listIndicators = cache((townID: string) => cachedPlanData(townID, 'indicators', () => readIndicators(townID)))

async function readIndicators(townID: string) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'indicators',
    where: { municipality: { equals: townID } },
    locale: 'all',
    depth: 1,
    pagination: false,
    overrideAccess: false,
    sort: 'name',
    populate: { districts: { name: true, slug: true } },
  })
  return docs as unknown as Doc[]
}

export const getIndicator = cache(async (townID: string, slug: string) => (await listIndicators(townID)).find((i) => i.slug === slug) ?? null)

/** Values of an indicator, typed. */
export function valuesOf(indicator: Doc): IndicatorValue[] {
  return ((indicator.values as Doc[] | null) ?? [])
    .filter((v) => typeof v.year === 'number' && typeof v.value === 'number')
    .map((v) => ({
      year: v.year as number,
      value: v.value as number,
      district: v.district && typeof v.district === 'object' ? (v.district as IndicatorValue['district']) : null,
      legalGroup: (v.legalGroup as string | null) ?? null,
    }))
}

export interface Edition {
  id: string
  slug: string
  name: Localized
  date: string
  councilResolution: string | null
  notes: Localized
  snapshot: PlanSnapshot | null
}

/** Published editions, newest first. */
export const listEditions = cache(async (townID: string): Promise<Edition[]> => {
  const docs = await find('plan-editions', townID, { sort: '-date' })
  return docs.map((d) => ({
    id: String(d.id),
    slug: String(d.slug),
    name: (d.name as Localized) ?? {},
    date: String(d.date),
    councilResolution: (d.councilResolution as string | null) ?? null,
    notes: (d.notes as Localized) ?? {},
    snapshot: (d.snapshot as PlanSnapshot | null) ?? null,
  }))
})

/** The network's working groups with their member organisations, measures and meetings. */
export const listWorkingGroups = cache((townID: string) =>
  cachedPlanData(townID, 'working-groups', async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'working-groups',
      where: { municipality: { equals: townID } },
      locale: 'all',
      depth: 1,
      pagination: false,
      overrideAccess: false,
      sort: 'slug',
      populate: { organizations: { name: true, slug: true }, measures: { title: true, slug: true }, events: { title: true, slug: true } },
    })
    return docs as unknown as Doc[]
  }),
)
