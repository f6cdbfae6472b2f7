import type { Payload, PayloadRequest } from 'payload'
import { byLocale } from '@shared/localized'
import type { PlanSnapshot } from '@shared/planEditions'
import { rollUpProgress } from '@shared/planProgress'
import { idOf } from '../access/ids'
import { keepingRequestLocale } from '../hooks/readAllLocales'

/** What the plan of a town says now: every measure (status, progress rolled up) and the town-wide indicator values. */
export async function buildSnapshot(payload: Payload, townID: string, req?: PayloadRequest): Promise<PlanSnapshot> {
  const read = () =>
    Promise.all([
      payload.find({
        collection: 'measures',
        where: { municipality: { equals: townID } },
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { slug: true, title: true, actionField: true, status: true, progress: true, parent: true, weight: true },
      }),
      payload.find({
        collection: 'indicators',
        where: { municipality: { equals: townID } },
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { slug: true, name: true, unit: true, values: true },
      }),
    ])
  const [measures, indicators] = await (req ? keepingRequestLocale(req, read) : read())
  const docs = measures.docs
  const progress = rollUpProgress(
    docs.map((m) => ({ id: String(m.id), parent: idOf(m.parent), progress: Number(m.progress ?? 0), weight: Number(m.weight ?? 1), status: String(m.status) })),
  )
  return {
    measures: docs.map((m) => ({
      id: String(m.id),
      slug: String(m.slug),
      // Read with `locale: 'all'`: the texts by language.
      title: byLocale(m.title),
      actionField: idOf(m.actionField),
      status: String(m.status),
      progress: progress.get(String(m.id)) ?? 0,
    })),
    indicators: indicators.docs.map((i) => ({
      id: String(i.id),
      slug: String(i.slug),
      name: byLocale(i.name),
      // The German unit (units are symbols, "%" or "Personen", and the snapshot keeps one).
      unit: byLocale(i.unit).de ?? (typeof i.unit === 'string' ? i.unit : null),
      values: Object.fromEntries(
        (i.values ?? [])
          .filter((v) => !v.district && !v.legalGroup && typeof v.year === 'number' && typeof v.value === 'number')
          .map((v) => [String(v.year), v.value]),
      ),
    })),
  }
}
