import type { Where } from 'payload'
import { cache } from 'react'
import { idOf } from '@cms/access/ids'
import { isRecord } from '@cms/isRecord'
import { cachedPlanData } from '@cms/plan/planCache'
import type { PlanSnapshot, SnapshotIndicator, SnapshotMeasure } from '@shared/planEditions'
import { meanProgress, rollUpProgress } from '@shared/planProgress'
import { MEASURE_STATUSES, type MeasureStatus } from '@shared/vocabularies'
import { findTownDoc } from './findTownDoc'
import { payloadClient } from './payload'

/** A populated relationship (one document), or null when only its ID came back. */
export const populatedOne = <T extends object>(value: string | T | null | undefined): T | null => (typeof value === 'object' ? value : null)

/** The populated documents of a has-many relationship (IDs the reader may not see are left out). */
export const populated = <T extends object>(values: readonly (string | T)[] | null | undefined): T[] => (values ?? []).filter((v) => typeof v === 'object')

/** The public, published documents of one town (access rules apply), in all languages. */
const ofTown = (townID: string): { where: Where; locale: 'all'; pagination: false; overrideAccess: false } => ({
  where: { municipality: { equals: townID } },
  locale: 'all',
  pagination: false,
  overrideAccess: false,
})

/** The whole plan of a town: fields, goals, measures (with rolled-up progress). */
export const loadPlan = cache((townID: string) => cachedPlanData(townID, 'plan', () => readPlan(townID)))

async function readPlan(townID: string) {
  const payload = await payloadClient()
  const [fields, goals, measureDocs] = await Promise.all([
    payload.find({ collection: 'action-fields', ...ofTown(townID), depth: 0, sort: 'order', select: { slug: true, title: true, description: true, icon: true, order: true } }),
    payload.find({ collection: 'goals', ...ofTown(townID), depth: 0, sort: 'order', select: { title: true, actionField: true, parent: true } }),
    payload.find({
      collection: 'measures',
      ...ofTown(townID),
      depth: 1,
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
    }),
  ])
  const progress = rollUpProgress(measureDocs.docs.map((m) => ({ id: m.id, parent: idOf(m.parent), progress: m.progress ?? 0, weight: m.weight ?? 1, status: m.status })))
  // Relationships as IDs (the organisation as its document), so pages compare and join them directly.
  const measures = measureDocs.docs.map((m) => ({
    ...m,
    /** Rolled up from sub-measures where it has any. */
    progress: progress.get(m.id) ?? 0,
    actionField: idOf(m.actionField),
    goals: (m.goals ?? []).map(idOf).filter((g) => g !== null),
    parent: idOf(m.parent),
    responsibleOrganization: populatedOne(m.responsibleOrganization),
  }))
  return { fields: fields.docs, goals: goals.docs, measures }
}

export type Plan = Awaited<ReturnType<typeof readPlan>>
export type PlanField = Plan['fields'][number]
export type PlanMeasure = Plan['measures'][number]

/** Status counts and mean progress of a set of measures (sub-measures are counted in their parent). */
export function summarize(measures: readonly PlanMeasure[]) {
  const top = measures.filter((m) => !m.parent)
  const counts: Partial<Record<MeasureStatus, number>> = {}
  for (const status of MEASURE_STATUSES) counts[status] = top.filter((m) => m.status === status).length
  return { total: top.length, counts, progress: meanProgress(top) }
}

/** One measure with everything its page shows. */
export const getMeasure = cache((townID: string, slug: string) =>
  findTownDoc('measures', townID, slug, {
    depth: 1,
    select: {
      slug: true,
      title: true,
      description: true,
      justification: true,
      actionField: true,
      goals: true,
      status: true,
      progress: true,
      statusHistory: true,
      responsibleOrganization: true,
      responsibleOffice: true,
      partners: true,
      period: true,
      funding: true,
      councilResolution: true,
      parent: true,
      reports: true,
      services: true,
      events: true,
      news: true,
      indicators: true,
    },
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
  }),
)

/** The indicators of a town (names and values). */
export const listIndicators = cache((townID: string) => cachedPlanData(townID, 'indicators', () => readIndicators(townID)))

async function readIndicators(townID: string) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'indicators',
    ...ofTown(townID),
    depth: 1,
    sort: 'name',
    select: { slug: true, name: true, definition: true, unit: true, source: true, direction: true, baseline: true, target: true, computed: true, values: true },
    populate: { districts: { name: true, slug: true } },
  })
  return docs
}

export type PlanIndicator = Awaited<ReturnType<typeof readIndicators>>[number]

export const getIndicator = cache(async (townID: string, slug: string) => (await listIndicators(townID)).find((i) => i.slug === slug) ?? null)

/** The values of an indicator with their district (when split by district). */
export function valuesOf(indicator: Pick<PlanIndicator, 'values'>) {
  return (indicator.values ?? [])
    .filter((v) => typeof v.year === 'number' && typeof v.value === 'number')
    .map((v) => ({ year: v.year, value: v.value, district: populatedOne(v.district), legalGroup: v.legalGroup ?? null }))
}

export type IndicatorValue = ReturnType<typeof valuesOf>[number]

/** Published editions, newest first, each with the plan as it was then. */
export const listEditions = cache(async (townID: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'plan-editions',
    ...ofTown(townID),
    depth: 0,
    sort: '-date',
    select: { slug: true, name: true, date: true, councilResolution: true, notes: true, snapshot: true },
  })
  return docs.map((d) => ({ ...d, snapshot: readSnapshot(d.snapshot) }))
})

export type Edition = Awaited<ReturnType<typeof listEditions>>[number]

/** The network's working groups with their member organisations, measures and meetings. */
export const listWorkingGroups = cache((townID: string) =>
  cachedPlanData(townID, 'working-groups', async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'working-groups',
      ...ofTown(townID),
      depth: 1,
      sort: 'slug',
      select: { slug: true, name: true, description: true, members: true, measures: true, meetings: true },
      populate: { organizations: { name: true, slug: true }, measures: { title: true, slug: true }, events: { title: true, slug: true } },
    })
    return docs
  }),
)

export type WorkingGroup = Awaited<ReturnType<typeof listWorkingGroups>>[number]

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const texts = (v: unknown): Record<string, string | null> => Object.fromEntries(Object.entries(isRecord(v) ? v : {}).map(([k, x]) => [k, typeof x === 'string' ? x : null]))
const numbers = (v: unknown): Record<string, number> => Object.fromEntries(Object.entries(isRecord(v) ? v : {}).filter((e): e is [string, number] => typeof e[1] === 'number'))

function snapshotMeasure(m: unknown): SnapshotMeasure[] {
  if (!isRecord(m) || typeof m.id !== 'string' || typeof m.slug !== 'string' || typeof m.status !== 'string' || typeof m.progress !== 'number') return []
  return [{ id: m.id, slug: m.slug, title: texts(m.title), actionField: typeof m.actionField === 'string' ? m.actionField : null, status: m.status, progress: m.progress }]
}

function snapshotIndicator(i: unknown): SnapshotIndicator[] {
  if (!isRecord(i) || typeof i.id !== 'string' || typeof i.slug !== 'string') return []
  return [{ id: i.id, slug: i.slug, name: texts(i.name), unit: typeof i.unit === 'string' ? i.unit : null, values: numbers(i.values) }]
}

/**
 * An edition's snapshot as stored (a JSON field, which the generated types cannot describe)
 * read back as a `PlanSnapshot`; null when the edition has none. Entries that are not what
 * `buildSnapshot` writes are left out rather than trusted.
 */
export function readSnapshot(json: unknown): PlanSnapshot | null {
  if (!isRecord(json)) return null
  return { measures: list(json.measures).flatMap(snapshotMeasure), indicators: list(json.indicators).flatMap(snapshotIndicator) }
}
