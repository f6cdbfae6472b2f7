/**
 * The HSDS import: read and check the whole file, match every object with the town's
 * documents, decide (create / update / unchanged), and only when nothing is wrong write,
 * organisations → locations → services, through the Local API (every hook runs).
 */
import { createHash } from 'node:crypto'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { addDays, localTime } from '@shared/openingHours'
import { normalizeForSearch } from '@shared/search'
import type { ServiceStatus } from '@shared/vocabularies'
import { isRecord } from '@cms/isRecord'
import { ImportSetupError, loadContext, type ContextOptions, type ImportContext } from '@cms/import/context'
import { armDocumentCrash, crashPoint } from '@cms/longWork/crashPoint'
import { takeBack } from '@cms/longWork/pendingDocuments'
import { openJournal, RunBusyError, type RunJournal } from '@cms/longWork/runJournal'
import type { Diff } from '@cms/import/diff'
import { describeError, freeSlug, placeholder, write, type DirectoryCollection } from '@cms/import/store'
import { emptySummary } from '@cms/import/engine'
import type { EntityAction, ImportSummary, Problem, RowPlan, ServiceInput, WarningCode } from '@cms/import/types'
import type { Issue } from './check'
import { locationChange, organizationChange, serviceChange, type ServiceExtras } from './changes'
import { hoursOf, sameHours, type HoursIn } from './hours'
import { freeIds, storedDoc, townIndex, type TownIndex } from './match'
import type { HsdsInput, ServiceIn, TermIn } from './model'
import { readHsds } from './read'

export interface HsdsImportOptions extends ContextOptions {
  /** Check and report only; nothing is written. */
  dryRun?: boolean
}

export interface HsdsImportResult {
  summary: ImportSummary
  /** One per organisation, location and service of the file, in that order. */
  rows: RowPlan[]
  /** What is wrong with the file; when there is anything, nothing was written. */
  errors: Issue[]
}

/** Where the services and locations of organisations the file does not name (not public at the source) are kept: one draft organisation. */
export const WITHOUT_ORGANIZATION = { externalId: 'hsds-import:without-organization', name: 'Organisation nicht veröffentlicht (HSDS-Import)' }

interface Step {
  collection: DirectoryCollection
  hsdsId: string
  /** Where it is in the file (JSON path): its problems are those at or below it. */
  path: string
  plan: RowPlan
  storedId: string | null
  /** The id a new document gets: its HSDS id where free (match.ts), else one the database picks. */
  newId?: string
  diff: Diff
  action: EntityAction
  /** For new organisations and services: the text their slug is made from. */
  slugFrom?: string
  /** Always a draft (the stand-in organisation). */
  draft?: boolean
}

export async function importHsds(source: string | Uint8Array | unknown, options: HsdsImportOptions): Promise<HsdsImportResult> {
  const started = Date.now()
  const ctx = await loadContext(options)
  const summary = emptySummary(Boolean(options.dryRun), ctx.area)
  const { input, issues } = readHsds(source)
  // Before anything is matched: what a killed run left unfinished is taken back first (else it would be matched as stored).
  const journal = options.dryRun ? null : await hsdsJournal(ctx, source)
  const planner = new Planner(ctx, await townIndex(ctx), issues)
  const steps = issues.some((i) => i.path === '$') ? [] : await planner.plan(input)
  const errors = planner.issues
  for (const s of steps) {
    const own = errors.filter((e) => e.path === s.path || e.path.startsWith(`${s.path}.`) || e.path.startsWith(`${s.path}[`))
    s.plan.problems.push(...own.map((e) => ({ code: e.code, message: `${e.path}: ${e.message}` })))
  }
  if (!errors.length && journal) {
    ctx.journal = journal
    armDocumentCrash(ctx.payload)
    await planner.write(steps)
    // A save that failed halfway (the rest waits, see the README) leaves nothing half-written.
    await takeBack(ctx.payload, journal.record.pending)
  }
  await journal?.end()
  for (const s of steps) {
    const skipped = errors.length > 0 || s.plan.problems.length > 0
    s.plan.action = skipped ? 'skip' : s.action
    if (!skipped) s.plan[entityKey(s.collection)] = { action: s.action, ...(s.storedId ? { id: s.storedId } : {}), changes: s.diff.changes }
    summary.rows++
    summary[s.plan.action]++
    const reason = s.plan.problems[0]?.code
    if (skipped && reason) summary.reasons[reason] = (summary.reasons[reason] ?? 0) + 1
    if (!skipped) summary.documents[s.collection][s.action]++
  }
  summary.millis = Date.now() - started
  return { summary, rows: steps.map((s) => s.plan), errors }
}

/**
 * The town's HSDS journal (cms/longWork): each new document is noted before it is saved and
 * forgotten once it is complete, so that a run that is killed leaves at most one unfinished
 * document, which the next HSDS import of the town takes back. Importing the same file again
 * then finishes the work: what was written is matched by its HSDS id (`unchanged`).
 */
async function hsdsJournal(ctx: ImportContext, source: unknown): Promise<RunJournal<{ fingerprint: string }>> {
  const bytes = source instanceof Uint8Array ? source : typeof source === 'string' ? source : JSON.stringify(source)
  const fingerprint = createHash('sha256').update(bytes).digest('hex')
  const { journal } = await openJournal<{ fingerprint: string }>(ctx.payload, `hsds:${ctx.townID}`, fingerprint).catch((error: unknown) => {
    throw error instanceof RunBusyError ? new ImportSetupError(error.message) : error
  })
  if (journal.resumed) await takeBack(ctx.payload, journal.record.pending)
  await journal.restart({ fingerprint })
  return journal
}

const entityKey = (c: DirectoryCollection) => (c === 'organizations' ? 'organization' : c === 'locations' ? 'location' : 'service')

/** HSDS service statuses in ours (an inactive one keeps running: its validity ends instead). */
const STATUS: Record<string, ServiceStatus> = { active: 'active', inactive: 'active', defunct: 'ended', 'temporarily closed': 'temporarily-closed' }

class Planner {
  private steps: Step[] = []
  private byId: Record<DirectoryCollection, Map<string, Step>> = { organizations: new Map(), locations: new Map(), services: new Map() }
  private timeZone = 'Europe/Berlin'

  constructor(
    private ctx: ImportContext,
    private index: TownIndex,
    readonly issues: Issue[],
  ) {}

  private get publish() {
    return !this.ctx.draft
  }

  async plan(input: HsdsInput): Promise<Step[]> {
    const town = await this.ctx.payload.findByID({ collection: 'municipalities', id: this.ctx.townID, depth: 0, overrideAccess: true, select: { timeZone: true } })
    this.timeZone = town.timeZone || this.timeZone
    const newIds = async (collection: DirectoryCollection, ids: string[]) => freeIds(this.ctx, collection, ids.filter((id) => !this.index[collection].has(id)))
    const free = {
      organizations: await newIds('organizations', input.organizations.map((o) => o.id)),
      locations: await newIds('locations', input.locations.map((l) => l.id)),
      services: await newIds('services', input.services.map((s) => s.id)),
    }
    const fallback = this.fallbackOrganizations(input)

    for (const o of input.organizations) {
      const stored = await storedDoc(this.ctx, this.index, 'organizations', o.id)
      const x = this.identity('organizations', o.id, stored?.id, free.organizations)
      this.add('organizations', o.id, o.path, `organization ${o.name}`, stored ? String(stored.id) : null, x.newId, organizationChange(o, stored, { ...x, publish: this.publish }), o.name)
    }
    for (const l of input.locations) {
      const organization = l.organizationId ?? fallback.get(l.id)
      const orgId = await this.organizationFor(organization, `${l.path}.organization_id`)
      if (!l.address) this.issues.push({ path: `${l.path}.addresses`, code: 'missing-required', message: 'a location needs an address (street, postcode and city).' })
      if (!orgId || !l.address) continue
      const stored = await storedDoc(this.ctx, this.index, 'locations', l.id)
      const x = this.identity('locations', l.id, stored?.id, free.locations)
      const diff = locationChange({ ...l, address: l.address }, hoursOf(l.schedules).hours, stored, { ...x, organization: orgId, publish: this.publish })
      this.add('locations', l.id, l.path, `location ${l.name}`, stored ? String(stored.id) : null, x.newId, diff)
    }
    const locationHours = new Map(input.locations.map((l) => [l.id, hoursOf(l.schedules).hours]))
    for (const s of input.services) {
      const orgId = await this.organizationFor(s.organizationId, `${s.path}.organization_id`)
      if (!orgId) continue
      const stored = await storedDoc(this.ctx, this.index, 'services', s.id)
      const x = this.identity('services', s.id, stored?.id, free.services)
      const step = this.add('services', s.id, s.path, `service ${s.name}`, stored ? String(stored.id) : null, x.newId, { changes: [], data: {} }, s.name)
      const { input: service, extras } = this.serviceInput(s, x.externalId, locationHours, step.plan)
      step.diff = serviceChange(service, extras, stored, { organization: orgId, publish: this.publish })
      step.action = !stored ? 'create' : step.diff.changes.length ? 'update' : 'unchanged'
      if (stored?.pendingReview && step.action === 'update') {
        this.issues.push({ path: s.path, code: 'pending-review', message: "a provider's change to this service waits for review: publish or discard it in the admin, then import again." })
      }
    }
    return this.steps
  }

  /** The external ID to keep: the HSDS id, unless the document is (or will be) stored under it. */
  private identity(collection: DirectoryCollection, id: string, storedId: unknown, free: Set<string>): { externalId?: string; newId?: string } {
    if (storedId !== undefined) return this.index[collection].get(id) === id || String(storedId) === id ? {} : { externalId: id }
    return free.has(id) ? { newId: id } : { externalId: id }
  }

  private add(collection: DirectoryCollection, hsdsId: string, path: string, label: string, storedId: string | null, newId: string | undefined, diff: Diff, slugFrom?: string): Step {
    const plan: RowPlan = { row: this.steps.length + 1, action: 'unchanged', label, externalId: hsdsId, problems: [], warnings: [] }
    const action: EntityAction = !storedId ? 'create' : diff.changes.length ? 'update' : 'unchanged'
    const step: Step = { collection, hsdsId, path, plan, storedId, ...(newId ? { newId } : {}), diff, action, ...(slugFrom ? { slugFrom } : {}) }
    this.steps.push(step)
    this.byId[collection].set(hsdsId, step)
    return step
  }

  /**
   * A location the file gives no organisation (HSDS allows it; our export does so where the
   * organisation is not public) belongs to the organisation of the first service there.
   */
  private fallbackOrganizations(input: HsdsInput): Map<string, string> {
    const out = new Map<string, string>()
    for (const s of input.services) for (const a of s.at) if (s.organizationId && !out.has(a.locationId)) out.set(a.locationId, s.organizationId)
    return out
  }

  /**
   * The stored id (or the planned step's placeholder) of the organisation an HSDS id names:
   * in the file, else already in the town. None given: the draft stand-in organisation.
   */
  private async organizationFor(id: string | undefined, path: string): Promise<string | null> {
    if (!id) return this.standIn()
    const step = this.byId.organizations.get(id)
    if (step) return step.storedId ?? placeholder('organizations', step.plan.row)
    const stored = this.index.organizations.get(id)
    if (stored) return stored
    this.issues.push({ path, code: 'invalid', message: `refers to organisation ${id}, which is neither in the file nor in the town.` })
    return null
  }

  private async standIn(): Promise<string> {
    const key = WITHOUT_ORGANIZATION.externalId
    const known = this.byId.organizations.get(key)
    if (known) return known.storedId ?? placeholder('organizations', known.plan.row)
    const { docs } = await this.ctx.payload.find({
      collection: 'organizations',
      where: { and: [{ municipality: { equals: this.ctx.townID } }, { externalId: { equals: key } }] },
      depth: 0,
      limit: 1,
      pagination: false,
      select: {},
      ...this.ctx.access,
    })
    const storedId = docs[0] ? String(docs[0].id) : null
    const diff: Diff = storedId ? { changes: [], data: {} } : { changes: ['name', 'externalId'], data: { name: WITHOUT_ORGANIZATION.name, externalId: key, _status: 'draft' } }
    const step = this.add('organizations', key, '(none)', `organization ${WITHOUT_ORGANIZATION.name}`, storedId, undefined, diff, WITHOUT_ORGANIZATION.name)
    step.draft = true
    step.plan.warnings.push(warning('no-organization', 'Services or locations without a (public) organisation are kept under this draft organisation: assign them in the admin.'))
    return storedId ?? placeholder('organizations', step.plan.row)
  }

  /** A service in the spreadsheet import's terms, plus what only HSDS brings. */
  private serviceInput(s: ServiceIn, externalId: string | undefined, locationHours: Map<string, HoursIn>, plan: RowPlan): { input: ServiceInput; extras: ServiceExtras } {
    const { summary, description } = texts(s.description)
    const terms: Record<'topics' | 'audiences', string[]> = { topics: [], audiences: [] }
    for (const t of s.terms) {
      const found = this.term(t)
      if (found) terms[found.kind].push(found.id)
      else plan.warnings.push(warning('unknown-term', `The town has no ${t.kind === 'audiences' ? 'audience' : t.kind === 'topics' ? 'topic' : 'topic or audience'} “${t.name ?? t.code}”; left out.`))
    }
    const input: ServiceInput = {
      title: s.name,
      ...(externalId ? { externalId } : {}),
      ...(summary ? { summary } : {}),
      ...(description ? { description } : {}),
      ...(terms.topics.length ? { topics: [...new Set(terms.topics)] } : {}),
      ...(terms.audiences.length ? { audiences: [...new Set(terms.audiences)] } : {}),
      ...(s.languages.length ? { languages: s.languages } : {}),
      cost: costOf(s),
      ...(s.phone ? { phone: s.phone } : {}),
      ...(s.email ? { email: s.email } : {}),
      ...(s.contact ? { contactPerson: s.contact } : {}),
    }
    // The service's validity rides on the schedules at its places; an "inactive" service without any ended yesterday.
    const withSchedules = s.at.find((a) => a.schedules.length)
    let validity = withSchedules ? hoursOf(withSchedules.schedules).validity : null
    if (!validity && s.status === 'inactive') validity = { from: null, to: addDays(localTime(new Date(), this.timeZone).date, -1) }
    const locations = s.at.flatMap((a) => {
      const step = this.byId.locations.get(a.locationId)
      if (!step) return []
      const location = step.storedId ?? placeholder('locations', step.plan.row)
      const own = hoursOf(a.schedules).hours
      // Schedules that only repeat the place's hours are the place's: no own hours (as the export maps them).
      const ownHours = a.schedules.length > 0 && !sameHours(own, locationHours.get(a.locationId) ?? { slots: [] })
      return [{ location, ownHours, ...(ownHours ? { hours: own } : {}) }]
    })
    const link = s.at.flatMap((a) => a.schedules).find((h) => h.link)?.link
    return {
      input,
      extras: {
        ...(s.eligibility ? { eligibility: s.eligibility } : {}),
        ...(s.requiredDocuments ? { requiredDocuments: s.requiredDocuments } : {}),
        ...(s.howToApply ? { howToApply: s.howToApply } : {}),
        ...(s.status && STATUS[s.status] ? { status: STATUS[s.status] } : {}),
        ...(link ? { bookingUrl: link } : {}),
        ...(s.assured ? { assured: s.assured.slice(0, 10) } : {}),
        validity,
        locations,
        timeZone: this.timeZone,
      },
    }
  }

  /** A term of the town's vocabularies by code (our slugs) or name, in the vocabulary the file names, else in either. */
  private term(t: TermIn): { kind: 'topics' | 'audiences'; id: string } | null {
    const kinds = t.kind ? [t.kind] : (['topics', 'audiences'] as const)
    for (const kind of kinds) {
      for (const key of [t.code, t.name]) {
        const id = key ? this.ctx.vocabulary[kind].get(normalizeForSearch(key)) : undefined
        if (id) return { kind, id }
      }
    }
    return null
  }

  /** Writes in order, each reference to a document created earlier in the run replaced by its new id. */
  async write(steps: Step[]): Promise<void> {
    const ids = new Map<string, string>()
    const resolve = (id: unknown) => (typeof id === 'string' ? (ids.get(id) ?? id) : id)
    for (const s of steps) {
      const placeholderId = placeholder(s.collection, s.plan.row)
      if (s.action === 'unchanged') continue
      const data = { ...s.diff.data }
      if ('organization' in data) data.organization = resolve(data.organization)
      if (Array.isArray(data.locations)) data.locations = data.locations.filter(isRecord).map((r) => ({ ...r, location: resolve(r.location) }))
      try {
        if (!s.storedId && s.collection !== 'locations') data.slug = await freeSlug(this.ctx, s.collection, s.slugFrom ?? '', s.collection === 'organizations' ? 'organisation' : 'angebot')
        const ctx = s.draft ? { ...this.ctx, draft: true } : this.ctx
        const id = await write(ctx, s.collection, s.storedId, data, s.newId)
        if (!s.storedId) ids.set(placeholderId, id)
        s.storedId = id
        crashPoint('hsds-write')
      } catch (error) {
        // Checked before: a refusal here is unexpected. What is written stays (see the README); the rest waits.
        s.plan.problems.push({ code: 'invalid', message: `Not saved: ${describeError(error)}` })
        this.issues.push({ path: s.path, code: 'invalid', message: `not saved: ${describeError(error)}` })
        return
      }
      await yieldToLoop()
    }
  }
}

/** The export joins summary and description with a blank line: the first paragraph is the summary again, if it fits. */
function texts(text: string | undefined): { summary?: string; description?: string } {
  if (!text) return {}
  const [first = '', ...rest] = text.split(/\n{2,}/)
  if (first.length > 300) return { description: text }
  return { summary: first.trim(), ...(rest.length ? { description: rest.join('\n\n') } : {}) }
}

/** Free is an amount of 0, a fee any other amount (or a currency without one), else "on request" (no cost option at all, too). */
function costOf(s: ServiceIn): NonNullable<ServiceInput['cost']> {
  const c = s.cost
  const note = c?.description ?? s.feesDescription
  const type = c?.amount === 0 ? 'free' : c && (c.amount !== undefined || c.currency) ? 'fee' : 'on-request'
  return { type, ...(type === 'fee' && c?.amount !== undefined ? { amount: c.amount } : {}), ...(note ? { note } : {}) }
}

const warning = (code: WarningCode, message: string): Problem<WarningCode> => ({ code, message })

