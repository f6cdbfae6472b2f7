/**
 * The import's vocabulary, shared by the engine, the command line and (later) the admin UI.
 * Everything here is plain data, so a plan can be sent to a browser as JSON.
 */
import type { Slot } from '@shared/openingHours'
import type { CostType, ServiceKind } from '@shared/vocabularies'

/** The fields a spreadsheet column can fill: one flat row per service, with its organisation and place. */
export const TARGET_FIELDS = [
  'externalId',
  'title',
  'summary',
  'description',
  'kind',
  'topics',
  'audiences',
  'languages',
  'cost',
  'phone',
  'email',
  'contactPerson',
  'organizationExternalId',
  'organization',
  'website',
  'locationExternalId',
  'locationName',
  'street',
  'postalCode',
  'city',
  'latitude',
  'longitude',
  'openingHours',
] as const
export type TargetField = (typeof TARGET_FIELDS)[number]

/** Which column (by its header as written in the file) fills which field; adjustable in the admin. */
export type ColumnMapping = Partial<Record<TargetField, string>>

/** One data row of a file: its row number as a spreadsheet shows it (the header is row 1) and its cells by header. */
export interface SourceRow {
  row: number
  values: Record<string, string>
}

/** Why a row is skipped (machine code; the message is English and names the column). */
export const PROBLEM_CODES = [
  'missing-required',
  'bad-email',
  'bad-url',
  'bad-phone',
  'bad-postcode',
  'unknown-language',
  'unknown-category',
  'bad-coordinates',
  'missing-coordinates',
  'coordinates-outside-town',
  'too-long',
  'duplicate',
  'pending-review',
  'invalid',
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

/** Notes on rows that are imported all the same. */
export type WarningCode = 'hours-not-understood' | 'conflicting-data' | 'unknown-term' | 'no-organization'

export interface Problem<C extends string = ProblemCode> {
  code: C
  /** The target field concerned, if one. */
  field?: TargetField
  /** The offending value, if one (e.g. the unknown language). */
  value?: string
  message: string
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip'
export type EntityAction = 'create' | 'update' | 'unchanged'

/** What happens to one of the row's documents; `changes` lists the fields that differ. */
export interface EntityPlan {
  action: EntityAction
  /** The document's ID; absent for one a dry run would create. */
  id?: string
  changes: string[]
}

/** The plan (dry run) or the outcome (real run) of one row. */
export interface RowPlan {
  row: number
  /** `create` when the service is new, `update` when anything of the row changes, else `unchanged`; `skip` with problems. */
  action: RowAction
  /** For the report and the admin list: "title – organisation". */
  label: string
  externalId?: string
  problems: Problem[]
  warnings: Problem<WarningCode>[]
  organization?: EntityPlan
  location?: EntityPlan
  service?: EntityPlan
}

export interface ImportSummary {
  rows: number
  create: number
  update: number
  unchanged: number
  skip: number
  /** Skipped rows by problem code (the row's first problem). */
  reasons: Partial<Record<ProblemCode, number>>
  /** Documents written (real run) or to be written (dry run), per collection. */
  documents: Record<'organizations' | 'locations' | 'services', Record<EntityAction, number>>
  dryRun: boolean
  /** Where coordinates were accepted, and how that was decided. */
  area: TownArea
  millis: number
}

export interface ImportProgress {
  processed: number
  /** Known when the caller passed `total` (the CLI counts the rows first). */
  total?: number
  summary: ImportSummary
}

/** A box that the town's locations must fall into. */
export interface TownArea {
  minLat: number
  maxLat: number
  minLng: number
  maxLng: number
  /** `option`: given by the caller; `locations`: around the town's existing locations; `germany`: no better knowledge. */
  source: 'option' | 'locations' | 'germany'
}

/** A weekly slot as parsed from an "Öffnungszeiten" cell. */
export type ImportSlot = Slot

/** A row's documents as the spreadsheet describes them; absent properties were not given. */
export interface OrganizationInput {
  externalId?: string
  name: string
  website?: string
}

export interface LocationInput {
  externalId?: string
  name?: string
  street: string
  postalCode: string
  city: string
  latitude?: number
  longitude?: number
  /** The row's opening hours: written as the service's own hours at this place, not the place's. */
  slots?: ImportSlot[]
}

export interface CostInput {
  type: CostType
  amount?: number
  note?: string
}

export interface ServiceInput {
  externalId?: string
  title: string
  summary?: string
  description?: string
  kind?: ServiceKind
  topics?: string[]
  audiences?: string[]
  languages?: string[]
  cost?: CostInput
  phone?: string
  email?: string
  contactPerson?: string
}

export interface ImportRecord {
  organization: OrganizationInput
  location: LocationInput | null
  service: ServiceInput
}
