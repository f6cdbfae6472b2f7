import type { Payload } from 'payload'
import type { PlanSnapshot } from '@shared/planEditions'
import { buildSnapshot } from '../plan/snapshot'
import { DEMO_ACTION_FIELDS, DEMO_MEASURES } from './demoPlan'
import { germanAndEnglish } from './demoPlanEnglish'
import { richTextFromBlocks } from './lexical'
import type { DemoMeasure } from './planTypes'
import { type DirectoryIDs, insert, rowID } from './seedDirectory'
import { DEMO_TEXTS } from './translations'

const TOWN = 'eisenach'

/** The network's working groups (members: organisation and an illustrative contact person). */
const WORKING_GROUPS = [
  {
    slug: 'ag-sprache-und-bildung',
    field: 'language-education',
    name: { de: 'AG Sprache und Bildung', en: 'Working group language and education', ar: 'فريق عمل اللغة والتعليم', uk: 'Робоча група «Мова й освіта»' },
    description: { de: 'Stimmt Sprachkurse, Kinderbetreuung und Elternarbeit ab.', en: 'Coordinates language courses, childcare and work with parents.' },
    members: [['vhs-eisenach', 'A. Beispiel'], ['jugendmigrationsdienst', 'B. Muster'], ['awo-eisenach', 'C. Probe']],
    measures: ['sprachkurse-abstimmen-wartezeiten-verkuerzen', 'kinderbetreuung-waehrend-sprachkursen', 'elternlotsen-kita-und-schule'],
  },
  {
    slug: 'ag-arbeit',
    field: 'work',
    name: { de: 'AG Arbeit und Ausbildung', en: 'Working group work and training', ar: 'فريق عمل العمل والتدريب', uk: 'Робоча група «Робота й навчання»' },
    description: { de: 'Jobcenter, Kammern und Beratungsstellen bringen Zugewanderte und Betriebe zusammen.', en: 'Job centre, chambers and counselling services bring newcomers and employers together.' },
    members: [['jobcenter-eisenach', 'D. Beispiel'], ['caritas-migrationsberatung', 'E. Muster']],
    measures: ['junge-zugewanderte-fuer-ausbildung-gewinnen', 'anerkennungsberatung-vor-ort', 'jobbegleitung-fuer-gefluechtete', 'arbeitgeberdialog-fachkraefte'],
  },
  {
    slug: 'ag-gesundheit',
    field: 'health',
    name: { de: 'AG Gesundheit', en: 'Working group health', ar: 'فريق عمل الصحة', uk: 'Робоча група «Здоров’я»' },
    description: { de: 'Sprachmittlung und mehrsprachige Gesundheitsinformation im Krankenhaus und in der Pflege.', en: 'Language mediation and multilingual health information in hospital and care.' },
    members: [['st-georg-klinikum', 'F. Beispiel'], ['drk-eisenach', 'G. Muster']],
    measures: ['mehrsprachige-gesundheitsinformation', 'gesundheitslotsen-aus-den-communities'],
  },
] as const
const rich = (texts: Partial<Record<string, string>>) => Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, richTextFromBlocks(String(t))]))

/** The status a measure had on a day, from its dated history. */
function statusOn(m: DemoMeasure, day: string): string | null {
  return m.history.filter((h) => h.date <= day).at(-1)?.status ?? null
}

/**
 * Eisenach's integration plan: nine action fields with goals, 30 measures, eight indicators,
 * and two editions (the plan as adopted in 2020, rebuilt from the measures' history, and the
 * current one), so the comparison has something to show.
 */
export async function seedPlan(payload: Payload, townID: string, orgIDs: Map<string, string>, ids: DirectoryIDs, events: Map<string, string>): Promise<void> {
  const fields = new Map<string, string>()
  const goals = new Map<string, string>()
  for (const [order, f] of DEMO_ACTION_FIELDS.entries()) {
    const id = await insert(payload, 'action-fields', {
      municipality: townID,
      slug: f.key,
      order,
      icon: f.icon,
      title: f.title,
      description: f.description,
      topic: ids.topics.get(`${TOWN}:${f.key}`) ?? null,
    })
    fields.set(f.key, id)
    for (const [goalOrder, g] of f.goals.entries()) {
      const goalID = await insert(payload, 'goals', { municipality: townID, actionField: id, order: goalOrder, title: g.title })
      goals.set(g.key, goalID)
      for (const [childOrder, c] of (g.children ?? []).entries()) {
        goals.set(c.key, await insert(payload, 'goals', { municipality: townID, actionField: id, parent: goalID, order: childOrder, title: c.title }))
      }
    }
  }

  const indicators = new Map<string, string>()
  for (const i of DEMO_TEXTS.indicators) {
    indicators.set(
      i.slug,
      await insert(payload, 'indicators', {
        municipality: townID,
        slug: i.slug,
        name: i.name,
        definition: i.definition,
        unit: i.unit,
        source: i.source,
        direction: i.direction,
        baseline: i.baseline,
        target: i.target,
        values: i.values.map((v) => ({
          id: rowID(),
          year: v.year,
          value: v.value,
          district: v.district ? (ids.districts.get(`${TOWN}:${v.district}`) ?? null) : null,
          legalGroup: v.legalGroup ?? null,
        })),
      }),
    )
  }

  for (const { slug, computed, name, definition, unit } of DEMO_TEXTS.computedIndicators) {
    await insert(payload, 'indicators', { municipality: townID, slug, computed, name, definition, unit, source: 'Integrationsportal', direction: 'higher-is-better', values: [] })
  }

  const measures = new Map<string, string>()
  // Parents first, so a sub-measure can point to its parent.
  const ordered = [...DEMO_MEASURES].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
  for (const m of ordered) {
    const id = await insert(payload, 'measures', {
      municipality: townID,
      slug: m.slug,
      title: m.title,
      description: rich(m.description),
      justification: m.justification,
      actionField: fields.get(m.field),
      goals: m.goals.map((g) => goals.get(g)).filter(Boolean),
      status: m.status,
      progress: m.progress,
      statusHistory: m.history.map((h) => ({ id: rowID(), date: `${h.date}T12:00:00.000Z`, status: h.status, note: h.note ? germanAndEnglish(h.note) : null })),
      responsibleOrganization: m.responsibleOrg ? (orgIDs.get(m.responsibleOrg) ?? null) : null,
      responsibleOffice: m.responsibleOffice ? germanAndEnglish(m.responsibleOffice) : null,
      partners: m.partners.map((p) => orgIDs.get(p)).filter(Boolean),
      period: { start: `${m.start}T12:00:00.000Z`, end: m.end ? `${m.end}T12:00:00.000Z` : null },
      funding: { costEstimate: m.costEstimate ?? null, source: m.funding ?? null, note: m.fundingNote ? germanAndEnglish(m.fundingNote) : null },
      councilResolution: m.councilResolution ?? null,
      parent: m.parent ? (measures.get(m.parent) ?? null) : null,
      weight: m.weight ?? 1,
      reports: m.reports.map((r) => ({ id: rowID(), date: `${r.date}T12:00:00.000Z`, text: rich(r.text) })),
      services: (m.services ?? []).map((s) => ids.services.get(`${TOWN}:${s}`)).filter(Boolean),
      events: (m.events ?? []).map((e) => events.get(`${TOWN}:${e}`)).filter(Boolean),
      indicators: (m.indicators ?? []).map((i) => indicators.get(i)).filter(Boolean),
    })
    measures.set(m.slug, id)
  }

  for (const g of WORKING_GROUPS) {
    await insert(payload, 'working-groups', {
      municipality: townID,
      slug: g.slug,
      name: g.name,
      description: g.description,
      actionField: fields.get(g.field) ?? null,
      members: g.members.map(([org, contactName]) => ({ id: rowID(), organization: orgIDs.get(org) ?? null, contactName })),
      meetings: [events.get(`${TOWN}:netzwerktreffen-integration`)].filter(Boolean),
      measures: g.measures.map((m) => measures.get(m)).filter(Boolean),
    })
  }

  const now = await buildSnapshot(payload, townID)
  const adopted = '2020-12-31'
  const byID = new Map([...measures].map(([slug, id]) => [id, DEMO_MEASURES.find((m) => m.slug === slug)!]))
  const then: PlanSnapshot = {
    measures: now.measures.flatMap((s) => {
      const status = statusOn(byID.get(s.id)!, adopted)
      if (!status) return []
      return [{ ...s, status, progress: status === 'completed' ? 100 : status === 'planned' ? 0 : Math.round(s.progress / 3) }]
    }),
    indicators: now.indicators.map((i) => ({ ...i, values: Object.fromEntries(Object.entries(i.values).filter(([year]) => Number(year) <= 2020)) })),
  }
  await insert(payload, 'plan-editions', {
    municipality: townID,
    slug: 'integrationskonzept-2020',
    name: { de: 'Integrationskonzept 2020', en: 'Integration plan 2020', ar: 'خطة الاندماج 2020', uk: 'Концепція інтеграції 2020' },
    date: `${adopted}T12:00:00.000Z`,
    councilResolution: '0377-StR/2020',
    notes: { de: 'Vom Stadtrat beschlossene erste Fassung.', en: 'The first version, adopted by the town council.' },
    snapshot: then,
  })
  await insert(payload, 'plan-editions', {
    municipality: townID,
    slug: 'fortschreibung-2026',
    name: { de: 'Fortschreibung 2026', en: '2026 update', ar: 'تحديث 2026', uk: 'Оновлення 2026' },
    date: new Date().toISOString(),
    councilResolution: '0412-StR/2026',
    notes: { de: 'Stand der Umsetzung und neue Maßnahmen.', en: 'State of implementation and new measures.' },
    snapshot: now,
  })
}
