/**
 * One import pass over a file's rows: each row is parsed, matched with what the town has,
 * compared, and (unless it is a dry run) written at once, organisation → place → service.
 * The pass remembers the organisations and places it has seen and the services' keys
 * (for duplicates); nothing else of earlier rows is kept.
 */
import type { Where } from 'payload'
import type { LatLng } from '@shared/geo'
import { normalizeForSearch } from '@shared/search'
import { isRecord } from '../isRecord'
import type { ImportContext } from './context'
import { locationDiff, organizationDiff, serviceDiff, type Diff, type Doc } from './diff'
import { parseRow, placeProblems, problem } from './parseRow'
import { describeError, freeSlug, isPlaceholder, lookup, placeholder, write, type DirectoryCollection } from './store'
import type { ColumnMapping, EntityAction, EntityPlan, ImportSlot, LocationInput, OrganizationInput, Problem, RowPlan, ServiceInput, SourceRow, WarningCode } from './types'

/** A document as this pass decided it: its ID (or placeholder) and what the first row that named it wanted. */
interface Known {
  id: string
  row: number
  want: Doc
}

interface Step {
  collection: DirectoryCollection
  key: string
  /** Decided by an earlier row of this pass: nothing to do. */
  known: boolean
  stored: Doc | null
  id: string
  diff: Diff
  /** Everything the row gives (what later rows naming the same document are compared with). */
  want: Doc
  action: EntityAction
  /** Not saved because an earlier write of the row failed, or its own did. */
  failed?: boolean
}

const norm = (s: string) => normalizeForSearch(s)

export class ImportRun {
  private organizations = new Map<string, Known>()
  private locations = new Map<string, Known>()
  /** Services of accepted rows: by external ID, and by organisation and title (the first row; the first without an ID). */
  private serviceIDs = new Map<string, number>()
  private serviceTitles = new Map<string, { first: number; withoutId: number | null }>()
  private geocoded = new Map<string, LatLng | null | string>()

  constructor(
    private ctx: ImportContext,
    private mapping: ColumnMapping,
    private dryRun: boolean,
    /** Counts each document once, when this pass first decides about it. */
    private count: (collection: DirectoryCollection, action: EntityAction) => void,
  ) {}

  private get publish() {
    return !this.ctx.draft
  }

  async row(source: SourceRow): Promise<RowPlan> {
    const raw = (field: 'title' | 'organization' | 'externalId') => {
      const header = this.mapping[field]
      return header ? (source.values[header] ?? '').trim() : ''
    }
    const label = [raw('title'), raw('organization')].filter(Boolean).join(' – ') || `Row ${source.row}`
    const parsed = parseRow(source, this.mapping, this.ctx.vocabulary)
    const plan: RowPlan = { row: source.row, action: 'skip', label, problems: parsed.problems, warnings: parsed.warnings }
    if (raw('externalId')) plan.externalId = raw('externalId')
    if (!parsed.record) return plan
    const { organization, location, service } = parsed.record

    const orgKey = organization.externalId ? `ext:${organization.externalId}` : `name:${norm(organization.name)}`
    const titleKey = `${orgKey}|${norm(service.title)}`
    const duplicate = this.duplicateOf(service.externalId, titleKey)
    if (duplicate) {
      plan.problems.push(problem(this.mapping, 'duplicate', duplicate.field, `row ${duplicate.row} has ${duplicate.what}; this row is left out.`))
      return plan
    }

    const org = await this.organizationStep(organization, orgKey, source.row, plan)
    const loc = location ? await this.locationStep(location, orgKey, org, organization.name, source.row, plan) : null
    if (plan.problems.length) return plan
    const svc = await this.serviceStep(service, titleKey, org.id, loc?.id ?? null, location?.slots, source.row, plan)
    if (plan.problems.length) return plan

    const steps = [org, loc, svc].filter((s): s is Step => s !== null)
    if (!this.dryRun) await this.commit(steps, plan)
    if (!svc.failed) this.rememberService(service.externalId, titleKey, source.row)
    for (const s of steps) {
      if (s.known || s.failed) continue
      this.remember(s, source.row)
      this.count(s.collection, s.action)
    }
    if (!org.failed) plan.organization = entity(org)
    if (loc && !loc.failed) plan.location = entity(loc)
    if (!svc.failed) plan.service = entity(svc)
    if (plan.problems.length) return plan
    plan.action = svc.action === 'create' ? 'create' : steps.some((s) => s.action !== 'unchanged') ? 'update' : 'unchanged'
    return plan
  }

  /**
   * The same service twice: the same external ID, or the same title and organisation where
   * one of the two rows has no external ID (different IDs are different services, e.g. one
   * course at two places).
   */
  private duplicateOf(externalId: string | undefined, titleKey: string): { row: number; what: string; field: 'externalId' | 'title' } | null {
    const byId = externalId ? this.serviceIDs.get(externalId) : undefined
    if (byId !== undefined) return { row: byId, what: `the external ID “${externalId}”`, field: 'externalId' }
    const byTitle = this.serviceTitles.get(titleKey)
    if (!byTitle) return null
    const row = externalId ? byTitle.withoutId : byTitle.first
    return row === null ? null : { row, what: 'the same title and organisation', field: 'title' }
  }

  private rememberService(externalId: string | undefined, titleKey: string, row: number) {
    if (externalId) this.serviceIDs.set(externalId, row)
    const seen = this.serviceTitles.get(titleKey) ?? { first: row, withoutId: null }
    if (!externalId && seen.withoutId === null) seen.withoutId = row
    this.serviceTitles.set(titleKey, seen)
  }

  /** A document an earlier row already decided about: not written again; differing data is reported. */
  private again(collection: DirectoryCollection, key: string, known: Known, want: Doc, plan: RowPlan): Step {
    const differs = Object.keys(want).filter((k) => k !== '_status' && k !== 'organization' && k in known.want && JSON.stringify(want[k]) !== JSON.stringify(known.want[k]))
    if (differs.length) {
      const what = collection === 'organizations' ? 'organisation' : 'place'
      plan.warnings.push(warning('conflicting-data', `The ${what}'s ${differs.join(', ')} differ from row ${known.row}; row ${known.row}'s are kept.`))
    }
    return { collection, key, known: true, stored: null, id: known.id, diff: { changes: [], data: {} }, want, action: 'unchanged' }
  }

  private async organizationStep(input: OrganizationInput, key: string, row: number, plan: RowPlan): Promise<Step> {
    const known = this.organizations.get(key)
    const want = organizationDiff(input, null, this.publish).data
    if (known) return this.again('organizations', key, known, want, plan)
    const stored = await lookup(this.ctx, 'organizations', input.externalId, { name: { equals: input.name } })
    return step('organizations', key, stored, organizationDiff(input, stored, this.publish), want, row)
  }

  private async locationStep(input: LocationInput, orgKey: string, org: Step, orgName: string, row: number, plan: RowPlan): Promise<Step | null> {
    const key = input.externalId ? `ext:${input.externalId}` : `addr:${orgKey}|${norm(input.street)}|${input.postalCode}`
    const known = this.locations.get(key)
    const context = { organization: org.id, organizationName: orgName, publish: this.publish }
    if (known) return this.again('locations', key, known, locationDiff(input, null, context).data, plan)
    const byAddress: Where | null = isPlaceholder(org.id) ? null : { and: [{ organization: { equals: org.id } }, { 'address.street': { equals: input.street } }, { 'address.postalCode': { equals: input.postalCode } }] }
    const stored = await lookup(this.ctx, 'locations', input.externalId, byAddress)

    const place = { ...input }
    if (place.latitude === undefined && typeof stored?.latitude === 'number' && typeof stored.longitude === 'number') {
      // A known place keeps its coordinates when the file has none.
      Object.assign(place, { latitude: stored.latitude, longitude: stored.longitude })
    } else {
      const found = place.latitude === undefined ? await this.geocode(place) : null
      if (typeof found === 'string') plan.problems.push(problem(this.mapping, 'missing-coordinates', 'latitude', `the place has no coordinates, and the geocoder failed: ${found}`))
      else {
        if (found) Object.assign(place, found)
        plan.problems.push(...placeProblems(place, this.ctx.area, this.mapping, this.ctx.geocoder.name !== 'none'))
      }
    }
    if (plan.problems.length) return null
    const s = step('locations', key, stored, locationDiff(place, stored, context), locationDiff(place, null, context).data, row)
    this.checkPending(s, plan)
    return s
  }

  private async serviceStep(input: ServiceInput, key: string, orgID: string, locationID: string | null, slots: ImportSlot[] | undefined, row: number, plan: RowPlan): Promise<Step> {
    const byTitle: Where | null = isPlaceholder(orgID) ? null : { and: [{ organization: { equals: orgID } }, { title: { equals: input.title } }] }
    const stored = await lookup(this.ctx, 'services', input.externalId, byTitle)
    const s = step('services', key, stored, serviceDiff(input, stored, { organization: orgID, location: locationID, slots, publish: this.publish }), {}, row)
    this.checkPending(s, plan)
    return s
  }

  /** Over a provider's change that waits for review the import would publish it unseen: the row waits instead. */
  private checkPending(s: Step, plan: RowPlan) {
    if (s.stored?.pendingReview && s.action === 'update') {
      const what = s.collection === 'locations' ? 'place' : 'service'
      plan.problems.push({ code: 'pending-review', message: `A provider's change to this ${what} waits for review: publish or discard it in the admin, then import again.` })
    }
  }

  /** Coordinates, null when the geocoder knows none, or why it failed; asked once per address (failures too: a broken server is not asked again for every row). */
  private async geocode(place: LocationInput): Promise<LatLng | null | string> {
    const key = `${norm(place.street)}|${place.postalCode}|${norm(place.city)}`
    let found = this.geocoded.get(key)
    if (found === undefined) {
      found = await this.ctx.geocoder.geocode({ street: place.street, postalCode: place.postalCode, city: place.city }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)))
      this.geocoded.set(key, found)
    }
    return found
  }

  /** Writes the row's documents in order, putting the new organisation's and place's IDs where the others refer to them. */
  private async commit(steps: Step[], plan: RowPlan) {
    const ids = new Map<string, string>()
    for (const [i, s] of steps.entries()) {
      if (s.action === 'unchanged') continue
      const data = { ...s.diff.data }
      if (typeof data.organization === 'string') data.organization = ids.get(data.organization) ?? data.organization
      if (Array.isArray(data.locations)) data.locations = data.locations.filter(isRecord).map((r) => ({ ...r, location: ids.get(String(r.location)) ?? r.location }))
      try {
        if (!s.stored && s.collection !== 'locations') {
          const source = String(data[s.collection === 'organizations' ? 'name' : 'title'])
          data.slug = await freeSlug(this.ctx, s.collection, source, s.collection === 'organizations' ? 'organisation' : 'angebot')
        }
        const id = await write(this.ctx, s.collection, s.stored ? s.id : null, data)
        ids.set(s.id, id)
        s.id = id
      } catch (error) {
        plan.problems.push({ code: 'invalid', message: `Not saved: ${describeError(error)}` })
        for (const rest of steps.slice(i)) rest.failed = true
        return
      }
    }
  }

  private remember(s: Step, row: number) {
    if (s.collection === 'services') return
    const known = s.collection === 'organizations' ? this.organizations : this.locations
    if (!known.has(s.key)) known.set(s.key, { id: s.id, row, want: s.want })
  }
}

function step(collection: DirectoryCollection, key: string, stored: Doc | null, diff: Diff, want: Doc, row: number): Step {
  const action: EntityAction = !stored ? 'create' : diff.changes.length ? 'update' : 'unchanged'
  return { collection, key, known: false, stored, id: stored ? String(stored.id) : placeholder(collection, row), diff, want, action }
}

const entity = (s: Step): EntityPlan => ({ action: s.known ? 'unchanged' : s.action, ...(isPlaceholder(s.id) ? {} : { id: s.id }), changes: s.known ? [] : s.diff.changes })

const warning = (code: WarningCode, message: string): Problem<WarningCode> => ({ code, message })
