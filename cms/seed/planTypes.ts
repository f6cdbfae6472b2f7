/** The shape of the demo integration plan (cms/seed/demoPlan.ts). */
import type { ComputedIndicator, FundingSource, IndicatorDirection, LegalGroup, MeasureStatus } from '@shared/vocabularies'
import type { Texts } from './directoryTypes'

export interface DemoActionField {
  /** Same keys as the top-level demo topics (cms/seed/demoDirectory.ts DEMO_TOPICS), e.g. 'language-education'. */
  key: string
  icon: string
  title: Texts
  description: Texts
  goals: DemoGoal[]
}

export interface DemoGoal {
  key: string
  title: Texts
  children?: { key: string; title: Texts }[]
}

export interface DemoMeasure {
  slug: string
  field: string
  /** Keys of goals or sub-goals of its field. */
  goals: string[]
  title: Texts
  description: Texts
  /** Why this measure (one or two sentences). */
  justification: Pick<Texts, 'de' | 'en'>
  status: MeasureStatus
  /** Dated status changes, oldest first; the last one equals `status`. */
  history: { date: string; status: MeasureStatus; note?: string }[]
  /** Organisation slug (cms/seed/demoData.ts or demoDirectory.ts) or null. */
  responsibleOrg: string | null
  /** An office of the administration when no organisation is responsible, e.g. 'Integrationsmanagement der Stadt Eisenach'. */
  responsibleOffice?: string
  partners: string[]
  start: string
  /** null = ongoing. */
  end: string | null
  costEstimate?: number
  funding?: FundingSource
  fundingNote?: string
  councilResolution?: string
  /** 0–100; for a measure with sub-measures it is computed instead. */
  progress: number
  /** Slug of a parent measure (sub-measure), and its weight in the parent's progress. */
  parent?: string
  weight?: number
  /** Dated progress reports (German and English). */
  reports: { date: string; text: Pick<Texts, 'de' | 'en'> }[]
  /** Demo services / events it produces (slugs in cms/seed/demoDirectory.ts DEMO_SERVICES / cms/seed/demoEvents.ts). */
  services?: string[]
  events?: string[]
  /** Indicator slugs that measure it. */
  indicators?: string[]
}

export interface DemoIndicator {
  slug: string
  name: Texts
  definition: Pick<Texts, 'de' | 'en'>
  /** One of the UNITS of demoPlan.ts: the language files translate a unit once for all indicators. */
  unit: Texts
  source: string
  direction: IndicatorDirection
  baseline: { year: number; value: number }
  target: { year: number; value: number }
  /** Yearly values for the whole town, and optionally by district key / legal group. */
  values: { year: number; value: number; district?: string; legalGroup?: LegalGroup }[]
}

/** An indicator the portal computes from the directory (no values of its own). */
export interface DemoComputedIndicator {
  slug: string
  computed: ComputedIndicator
  name: Texts
  definition: Pick<Texts, 'de' | 'en'>
  unit: Texts
}
