/**
 * One import pass over a file's rows, a batch at a time: the batch's rows are parsed, what they
 * name is read from the database at once (lookups.ts), then row by row matched, compared and
 * (unless it is a dry run) written, organisation → place → service, in the batch's request
 * (batch.ts). The pass remembers the organisations and places it has seen and the services'
 * keys (for duplicates); nothing else of earlier rows is kept.
 */
import { randomUUID } from 'node:crypto'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'
import type { LatLng } from '@shared/geo'
import { normalizeForSearch } from '@shared/search'
import { idOf } from '../access/ids'
import { PUBLISHED_ORGANIZATION_NAMES } from '../collections/Services/hooks/indexSearchText'
import { isRecord } from '../isRecord'
import { crashPoint } from '../longWork/crashPoint'
import { takeBack } from '../longWork/pendingDocuments'
import { WriteBatch } from './batch'
import { BulkCreates } from './bulkCreate'
import type { ImportContext } from './context'
import { locationDiff, organizationDiff, serviceDiff, type Diff, type Doc } from './diff'
import { EXTERNAL_ID_OWNERS } from './externalIdField'
import { TownExternalIds } from './externalIds'
import { locationByAddress, Lookups, organizationByName, serviceByTitle, type Ask, type Wanted } from './lookups'
import { PublishedNames } from './organizationNames'
import { parseRow, placeProblems, problem } from './parseRow'
import { SlugPicker } from './slugs'
import { describeError, isPlaceholder, placeholder, write, type DirectoryCollection } from './store'
import type { ColumnMapping, EntityAction, EntityPlan, ImportRecord, ImportSlot, LocationInput, OrganizationInput, Problem, RowPlan, ServiceInput, SourceRow, WarningCode } from './types'

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

/** A row as read, before anything is looked up. */
interface Parsed {
  source: SourceRow
  plan: RowPlan
  record: ImportRecord | null
  orgKey: string
  titleKey: string
}

/** A row's outcome, and the documents it was the first of this pass to decide about (for the summary). */
export interface Decided {
  plan: RowPlan
  counted: [DirectoryCollection, EntityAction][]
}

const norm = (s: string) => normalizeForSearch(s)

const locationKey = (input: LocationInput, orgKey: string) => (input.externalId ? `ext:${input.externalId}` : `addr:${orgKey}|${norm(input.street)}|${input.postalCode}`)

export class ImportRun {
  private organizations = new Map<string, Known>()
  private locations = new Map<string, Known>()
  /** Services of accepted rows: by external ID, and by organisation and title (the first row; the first without an ID). */
  private serviceIDs = new Map<string, number>()
  private serviceTitles = new Map<string, { first: number; withoutId: number | null }>()
  private geocoded = new Map<string, LatLng | null | string>()
  private lookups: Lookups
  private names: PublishedNames
  private externalIds: TownExternalIds
  private slugs: SlugPicker
  /** The organisation of each place this run saved or found: a new service goes in bulk only to a place of its own organisation (else the Local API refuses it, as before). */
  private placeOrganizations = new Map<string, string>()
  /** Set while a batch whose bulk write failed is done again through the Local API, row by row. */
  private oneByOne = false
  /** How to take back what the current batch remembered, should its transaction roll back. */
  private undo: (() => void)[] = []

  constructor(
    private ctx: ImportContext,
    private mapping: ColumnMapping,
    private dryRun: boolean,
  ) {
    this.lookups = new Lookups(ctx)
    this.names = new PublishedNames(ctx)
    this.externalIds = new TownExternalIds(ctx)
    this.slugs = new SlugPicker(ctx)
  }

  private get publish() {
    return !this.ctx.draft
  }

  /**
   * Decides (and unless it is a dry run writes) a batch of rows. Where the batch has a
   * transaction and a save fails, the whole batch rolls back, and its rows are done again one
   * at a time: so only the bad row is reported, and the others are saved. The same where its
   * new documents' bulk write fails without a transaction: what it wrote is taken back first.
   */
  async batch(sources: SourceRow[]): Promise<Decided[]> {
    const rows = sources.map((source) => this.parse(source))
    await this.prefetch(rows)
    if (this.dryRun) return this.decideAll(rows, null)
    const bulk = this.ctx.bulk && !this.oneByOne ? new BulkCreates(this.ctx, (id, req) => this.publishedName(id, req)) : null
    const batch = await WriteBatch.open(this.ctx, { [PUBLISHED_ORGANIZATION_NAMES]: this.names.names, [EXTERNAL_ID_OWNERS]: this.externalIds.owners }, sources.length > 1, bulk)
    this.undo = []
    try {
      const decided = await this.decideAll(rows, batch)
      await batch.finish()
      return decided
    } catch (error) {
      await batch.abort()
      if (!batch.transactional) {
        if (!bulk) throw error
        // Without a transaction, what the failed bulk write wrote goes, as after a kill.
        await takeBack(this.ctx.payload, bulk.all())
      }
      for (const undo of this.undo.reverse()) undo()
      // What was read inside the transaction may be what it wrote.
      this.names.forget()
      this.externalIds.forget()
      this.slugs.forget()
      const decided: Decided[] = []
      // The Local API saves each document with its checks: only the row it refuses is reported.
      this.oneByOne = true
      try {
        for (const source of sources) decided.push(...(await this.batch([source])))
      } finally {
        this.oneByOne = false
      }
      return decided
    }
  }

  /** An organisation's published name, for a service's search text; one the batch created in bulk is read once written. */
  private async publishedName(id: string, req?: Partial<PayloadRequest>): Promise<string | null> {
    await this.names.need(id, req)
    return this.names.names.get(id) ?? null
  }

  /**
   * Rows a killed run of the same import finished: decided again without writing (they find
   * what they wrote), so that this run knows the documents they created and their services.
   */
  async replay(sources: SourceRow[]): Promise<void> {
    const rows = sources.map((source) => this.parse(source))
    await this.prefetch(rows)
    await this.decideAll(rows, null)
  }

  private async decideAll(rows: Parsed[], batch: WriteBatch | null): Promise<Decided[]> {
    const decided: Decided[] = []
    for (const row of rows) {
      decided.push(await this.decide(row, batch))
      if (batch) crashPoint('row')
      // SQLite's driver (libsql) frees its statements' native memory only when the event loop
      // gets a turn; a run of awaited queries alone grew the process by ~0.9 MB per new row.
      await yieldToLoop()
    }
    return decided
  }

  private parse(source: SourceRow): Parsed {
    const raw = (field: 'title' | 'organization' | 'externalId') => {
      const header = this.mapping[field]
      return header ? (source.values[header] ?? '').trim() : ''
    }
    const label = [raw('title'), raw('organization')].filter(Boolean).join(' – ') || `Row ${source.row}`
    const parsed = parseRow(source, this.mapping, this.ctx.vocabulary)
    const plan: RowPlan = { row: source.row, action: 'skip', label, problems: parsed.problems, warnings: parsed.warnings }
    if (raw('externalId')) plan.externalId = raw('externalId')
    const organization = parsed.record?.organization
    const orgKey = !organization ? '' : organization.externalId ? `ext:${organization.externalId}` : `name:${norm(organization.name)}`
    const titleKey = parsed.record ? `${orgKey}|${norm(parsed.record.service.title)}` : ''
    return { source, plan, record: parsed.record, orgKey, titleKey }
  }

  /** Reads at once what the batch's rows name, and (unless it is a dry run) who has their external IDs. */
  private async prefetch(rows: Parsed[]): Promise<void> {
    const asks: Record<DirectoryCollection, Ask[]> = { organizations: [], locations: [], services: [] }
    for (const { record, orgKey } of rows) {
      if (!record) continue
      const { organization, location, service } = record
      // Documents an earlier row decided about are not looked up again.
      if (!this.organizations.has(orgKey)) asks.organizations.push({ externalId: organization.externalId, value: organization.name })
      if (location && !this.locations.has(locationKey(location, orgKey))) asks.locations.push({ externalId: location.externalId, value: location.street })
      asks.services.push({ externalId: service.externalId, value: service.title })
    }
    if (!this.dryRun) {
      await this.slugs.prefetch('organizations', asks.organizations.map((a) => a.value))
      await this.slugs.prefetch('services', asks.services.map((a) => a.value))
    }
    for (const collection of ['organizations', 'locations', 'services'] as const) {
      await this.lookups.prefetch(collection, asks[collection])
      if (!this.dryRun) await this.externalIds.read(collection, [...new Set(asks[collection].flatMap((a) => (a.externalId ? [a.externalId] : [])))])
    }
    await this.geocodeAhead(rows)
  }

  private async decide(row: Parsed, batch: WriteBatch | null): Promise<Decided> {
    const { source, plan, record, orgKey, titleKey } = row
    const counted: Decided['counted'] = []
    if (!record) return { plan, counted }
    const { organization, location, service } = record

    const duplicate = this.duplicateOf(service.externalId, titleKey)
    if (duplicate) {
      plan.problems.push(problem(this.mapping, 'duplicate', duplicate.field, `row ${duplicate.row} has ${duplicate.what}; this row is left out.`))
      return { plan, counted }
    }

    const org = await this.organizationStep(organization, orgKey, source.row, plan, batch)
    const loc = location ? await this.locationStep(location, orgKey, org, organization.name, source.row, plan, batch) : null
    if (plan.problems.length) return { plan, counted }
    const svc = await this.serviceStep(service, titleKey, org.id, loc?.id ?? null, location?.slots, source.row, plan, batch)
    if (plan.problems.length) return { plan, counted }

    const steps = [org, loc, svc].filter((s): s is Step => s !== null)
    if (batch) await this.commit(steps, plan, batch)
    if (!svc.failed) this.rememberService(service.externalId, titleKey, source.row)
    for (const s of steps) {
      if (s.known || s.failed) continue
      this.remember(s, source.row)
      counted.push([s.collection, s.action])
    }
    if (!org.failed) plan.organization = entity(org)
    if (loc && !loc.failed) plan.location = entity(loc)
    if (!svc.failed) plan.service = entity(svc)
    if (plan.problems.length) return { plan, counted }
    plan.action = svc.action === 'create' ? 'create' : steps.some((s) => s.action !== 'unchanged') ? 'update' : 'unchanged'
    return { plan, counted }
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

  /** Sets `key`, and notes how to take it back. */
  private keep<K, V>(map: Map<K, V>, key: K, value: V) {
    const before = map.get(key)
    this.undo.push(before === undefined ? () => map.delete(key) : () => map.set(key, before))
    map.set(key, value)
  }

  private rememberService(externalId: string | undefined, titleKey: string, row: number) {
    if (externalId) this.keep(this.serviceIDs, externalId, row)
    const seen = this.serviceTitles.get(titleKey) ?? { first: row, withoutId: null }
    this.keep(this.serviceTitles, titleKey, { first: seen.first, withoutId: !externalId && seen.withoutId === null ? row : seen.withoutId })
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

  private async organizationStep(input: OrganizationInput, key: string, row: number, plan: RowPlan, batch: WriteBatch | null): Promise<Step> {
    const known = this.organizations.get(key)
    const want = organizationDiff(input, null, this.publish).data
    if (known) return this.again('organizations', key, known, want, plan)
    const stored = await this.lookup('organizations', { externalId: input.externalId, natural: organizationByName(input.name) }, batch)
    return step('organizations', key, stored, organizationDiff(input, stored, this.publish), want, row)
  }

  /** How the row names its place: the ID, else the organisation's address (unknown under an organisation this pass has yet to create). */
  private wantedPlace(input: LocationInput, orgID: string): Wanted {
    return { externalId: input.externalId, natural: isPlaceholder(orgID) ? null : locationByAddress(orgID, input.street, input.postalCode) }
  }

  private async locationStep(input: LocationInput, orgKey: string, org: Step, orgName: string, row: number, plan: RowPlan, batch: WriteBatch | null): Promise<Step | null> {
    const key = locationKey(input, orgKey)
    const known = this.locations.get(key)
    const context = { organization: org.id, organizationName: orgName, publish: this.publish }
    if (known) return this.again('locations', key, known, locationDiff(input, null, context).data, plan)
    const stored = await this.lookup('locations', this.wantedPlace(input, org.id), batch)

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

  private async serviceStep(
    input: ServiceInput,
    key: string,
    orgID: string,
    locationID: string | null,
    slots: ImportSlot[] | undefined,
    row: number,
    plan: RowPlan,
    batch: WriteBatch | null,
  ): Promise<Step> {
    const wanted = { externalId: input.externalId, natural: isPlaceholder(orgID) ? null : serviceByTitle(orgID, input.title) }
    const stored = await this.lookup('services', wanted, batch)
    const s = step('services', key, stored, serviceDiff(input, stored, { organization: orgID, location: locationID, slots, publish: this.publish }), {}, row)
    this.checkPending(s, plan)
    return s
  }

  /** What a row names; a key the batch wrote is asked of the database, which must then have the new documents queued so far. */
  private async lookup(collection: DirectoryCollection, wanted: Wanted, batch: WriteBatch | null): Promise<Doc | null> {
    if (batch?.bulk?.size && this.lookups.peek(collection, wanted) === undefined) await batch.flush()
    return this.lookups.lookup(collection, wanted, batch?.req)
  }

  /** Over a provider's change that waits for review the import would publish it unseen: the row waits instead. */
  private checkPending(s: Step, plan: RowPlan) {
    if (s.stored?.pendingReview && s.action === 'update') {
      const what = s.collection === 'locations' ? 'place' : 'service'
      plan.problems.push({ code: 'pending-review', message: `A provider's change to this ${what} waits for review: publish or discard it in the admin, then import again.` })
    }
  }

  /**
   * Asks the geocoder, before the batch's transaction opens, for the addresses its rows will
   * need (a transaction must not wait for a rate-limited server): places without coordinates
   * that the town does not have with coordinates, as far as the batch's reads tell.
   */
  private async geocodeAhead(rows: Parsed[]): Promise<void> {
    if (this.ctx.geocoder.name === 'none') return
    for (const { record, orgKey } of rows) {
      const place = record?.location
      if (!record || !place || place.latitude !== undefined || this.locations.has(locationKey(place, orgKey))) continue
      const { externalId, name } = record.organization
      const org = this.organizations.get(orgKey)?.id ?? this.lookups.peek('organizations', { externalId, natural: organizationByName(name) })
      // A new organisation has no places yet; an unknown one may have.
      const orgID = org === null ? placeholder('organizations', 0) : typeof org === 'string' ? org : org && String(org.id)
      const stored = orgID === undefined ? undefined : this.lookups.peek('locations', this.wantedPlace(place, orgID))
      if (typeof stored?.latitude !== 'number' || typeof stored.longitude !== 'number') await this.geocode(place)
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

  /**
   * Writes the row's documents in order, putting the new organisation's and place's IDs where
   * the others refer to them. A save that fails is the row's problem, unless the batch has a
   * transaction: that save has rolled back the whole batch, which then starts over row by row.
   */
  private async commit(steps: Step[], plan: RowPlan, batch: WriteBatch) {
    const ids = new Map<string, string>()
    for (const [i, s] of steps.entries()) {
      if (s.action === 'unchanged') {
        if (s.collection === 'locations' && !s.known) this.notePlace(s.id, s.stored?.organization)
        continue
      }
      const data = { ...s.diff.data }
      if (typeof data.organization === 'string') data.organization = ids.get(data.organization) ?? data.organization
      if (Array.isArray(data.locations)) data.locations = data.locations.filter(isRecord).map((r) => ({ ...r, location: ids.get(String(r.location)) ?? r.location }))
      // What the slug field would make unique in the town (slug.ts): "caritas", else "caritas-2", …
      if (!s.stored && s.collection !== 'locations') data.slug = await this.slugs.pick(s.collection, String(data[s.collection === 'organizations' ? 'name' : 'title']))
      const orgID = s.collection === 'services' ? idOf(data.organization ?? s.stored?.organization) : null
      const inBulk = !s.stored && batch.bulk !== null && this.fitsBulk(s.collection, data, orgID)
      // A save through the Local API may refer to the new documents queued before it. (A failed
      // bulk write is the batch's failure, not the row's.)
      if (!inBulk) await batch.flush()
      // Before the save: one that fails halfway may still have written something.
      this.lookups.wrote(s.collection, s.stored, data)
      try {
        const id = inBulk ? this.queue(s.collection, data, batch) : await this.save(s, data, orgID, batch)
        ids.set(s.id, id)
        s.id = id
      } catch (error) {
        if (batch.transactional) throw error
        plan.problems.push({ code: 'invalid', message: `Not saved: ${describeError(error)}` })
        for (const rest of steps.slice(i)) rest.failed = true
        return
      }
      if (s.collection === 'locations') this.notePlace(s.id, data.organization ?? s.stored?.organization)
      if (typeof data.externalId === 'string' && (!s.stored || this.publish)) this.externalIds.wrote(s.collection, s.id, data.externalId)
      if (s.collection === 'organizations') this.names.forget(s.id)
      // Between a new organisation and the rest of its row.
      if (s.collection === 'organizations' && !s.stored && steps.slice(i + 1).some((r) => r.action !== 'unchanged')) crashPoint('organization')
    }
  }

  private notePlace(id: string, organization: unknown) {
    const org = idOf(organization)
    if (org && !isPlaceholder(id)) this.keep(this.placeOrganizations, id, org)
  }

  /**
   * Whether a new document can skip the Local API's checks: the row was validated, and what it
   * refers to is its own (a service's places belong to its organisation, as the places field's
   * filter demands). Else it is saved through the Local API, which refuses it as before.
   */
  private fitsBulk(collection: DirectoryCollection, data: Doc, orgID: string | null): boolean {
    // The external ID field's own check (externalIdField.ts), from what the batch read: taken → the Local API refuses it.
    const owners = typeof data.externalId === 'string' ? this.externalIds.owners.get(collection)?.get(data.externalId) : undefined
    if (typeof data.externalId === 'string' && (!owners || owners.size > 0)) return false
    if (collection !== 'services') return true
    const places = Array.isArray(data.locations) ? data.locations.filter(isRecord).map((r) => idOf(r.location)) : []
    return places.every((place) => place !== null && orgID !== null && this.placeOrganizations.get(place) === orgID)
  }

  /** A new document for the batch's bulk write (its ID goes into the run's journal before the write: WriteBatch.flush). */
  private queue(collection: DirectoryCollection, data: Doc, batch: WriteBatch): string {
    const id = randomUUID()
    batch.bulk?.add({ collection, id, data })
    return id
  }

  /** Through the Local API. */
  private async save(s: Step, data: Doc, orgID: string | null, batch: WriteBatch): Promise<string> {
    if (orgID) await this.names.need(orgID, batch.req)
    return write(this.ctx, s.collection, s.stored ? s.id : null, data, undefined, batch)
  }

  private remember(s: Step, row: number) {
    if (s.collection === 'services') return
    const known = s.collection === 'organizations' ? this.organizations : this.locations
    if (!known.has(s.key)) this.keep(known, s.key, { id: s.id, row, want: s.want })
  }
}

function step(collection: DirectoryCollection, key: string, stored: Doc | null, diff: Diff, want: Doc, row: number): Step {
  const action: EntityAction = !stored ? 'create' : diff.changes.length ? 'update' : 'unchanged'
  return { collection, key, known: false, stored, id: stored ? String(stored.id) : placeholder(collection, row), diff, want, action }
}

const entity = (s: Step): EntityPlan => ({ action: s.known ? 'unchanged' : s.action, ...(isPlaceholder(s.id) ? {} : { id: s.id }), changes: s.known ? [] : s.diff.changes })

const warning = (code: WarningCode, message: string): Problem<WarningCode> => ({ code, message })
