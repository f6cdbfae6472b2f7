import type { World } from '../../integration/helpers/world'
import { PASSWORD } from '../../integration/helpers/world'

/**
 * What the security tests need to know about each collection: valid data for a new document
 * in town 1 (owned by organisation A where documents have an owner), a harmless change, and
 * whether it keeps drafts or versions. The expectations live in access-matrix.test.ts; this
 * file only says how to make and change documents.
 */

export const MATRIX_ROLES = ['anonymous', 'providerA', 'providerB', 'editor1', 'editor2', 'admin'] as const
export type MatrixRole = (typeof MATRIX_ROLES)[number]

export const OPERATIONS = ['create', 'read', 'readDrafts', 'update', 'delete', 'readVersions'] as const
export type Operation = (typeof OPERATIONS)[number]

/** IDs the document builders refer to, beyond the access-test world. */
export interface Refs {
  world: World
  actionField: string
  page: string
}

export interface CollectionSpec {
  slug: string
  /** Valid data for a new document; `n` keeps slugs and keys unique, `org` is the owner where there is one. */
  data: (refs: Refs, n: string, org: string) => Record<string, unknown>
  /** A change every role that may update can make (providers of a measure: progress reports only). */
  patch: Record<string, unknown>
  /** Versions with drafts: created and changed as drafts (providers in a reviewing town cannot publish). */
  drafts?: boolean
  /** An upload collection: created through multipart form data (with a PNG unless a file is given). */
  upload?: true | { content: string; ext: string; type: string }
  /** The owner of documents of this collection is an organisation (documents of org A, drafts of org B). */
  owned?: boolean
}

const town = (refs: Refs) => refs.world.towns.town1

export const SPECS: CollectionSpec[] = [
  {
    slug: 'municipalities',
    data: (_, n) => ({ name: `Town ${n}`, slug: `town-${n}`, defaultLocale: 'de', enabledLocales: ['de', 'en'], timeZone: 'Europe/Berlin' }),
    patch: { welcome: 'Willkommen' },
  },
  {
    slug: 'users',
    data: (refs, n) => ({ email: `user-${n}@test.example`, password: PASSWORD, role: 'provider', organizations: [refs.world.orgs.A] }),
    patch: { name: 'Renamed' },
  },
  {
    slug: 'organizations',
    data: (refs, n) => ({ name: `Org ${n}`, kind: 'counselling', municipality: town(refs), internalNotes: `PRIVATE-notes ${n}` }),
    patch: { description: 'Changed' },
    drafts: true,
    owned: true,
  },
  { slug: 'media', data: (_, n, org) => ({ alt: `Picture ${n}`, organization: org }), patch: { alt: 'Changed' }, upload: true, owned: true },
  ...['districts', 'topics', 'audiences'].map((slug) => ({ slug, data: (refs: Refs, n: string) => ({ name: `${slug} ${n}`, municipality: town(refs) }), patch: { name: 'Changed' } })),
  {
    slug: 'locations',
    data: (_, n, org) => ({
      name: `Place ${n}`,
      organization: org,
      address: { street: 'Markt 1', postalCode: '99817', city: 'Eisenach' },
      latitude: 50.97,
      longitude: 10.32,
    }),
    patch: { name: 'Changed' },
    drafts: true,
    owned: true,
  },
  { slug: 'services', data: (_, n, org) => ({ title: `Service ${n}`, organization: org, kind: 'counselling' }), patch: { title: 'Changed' }, drafts: true, owned: true },
  {
    slug: 'events',
    data: (_, n, org) => ({ title: `Event ${n}`, organization: org, category: 'encounter', start: '2030-05-05T10:00:00.000Z' }),
    patch: { title: 'Changed' },
    drafts: true,
    owned: true,
  },
  ...['pages', 'news'].map((slug) => ({ slug, data: (refs: Refs, n: string) => ({ title: `${slug} ${n}`, municipality: town(refs) }), patch: { title: 'Changed' }, drafts: true })),
  { slug: 'action-fields', data: (refs, n) => ({ title: `Field ${n}`, municipality: town(refs) }), patch: { title: 'Changed' } },
  { slug: 'goals', data: (refs, n) => ({ title: `Goal ${n}`, actionField: refs.actionField, municipality: town(refs) }), patch: { title: 'Changed' } },
  {
    slug: 'measures',
    data: (refs, n) => ({ title: `Measure ${n}`, actionField: refs.actionField, municipality: town(refs), responsibleOrganization: refs.world.orgs.A }),
    // Providers of the responsible organisation may add progress reports, nothing else.
    patch: { reports: [{ date: '2026-03-01' }] },
  },
  { slug: 'indicators', data: (refs, n) => ({ name: `Indicator ${n}`, municipality: town(refs) }), patch: { unit: '%' } },
  {
    slug: 'working-groups',
    data: (refs, n) => ({ name: `Group ${n}`, municipality: town(refs), members: [{ contactName: `PRIVATE-member ${n}`, contactEmail: `member-${n}@private.example` }] }),
    patch: { description: 'Changed' },
  },
  { slug: 'plan-editions', data: (refs, n) => ({ name: `Edition ${n}`, municipality: town(refs) }), patch: { notes: 'Changed' } },
  {
    slug: 'page-views',
    data: (refs, n) => ({ key: `view-${n}`, day: '2026-01-01', kind: 'home', path: `/de/town-one/${n}`, locale: 'de', count: 1, municipality: town(refs) }),
    patch: { count: 99 },
  },
  {
    slug: 'imports',
    data: (refs) => ({ municipality: town(refs) }),
    patch: { draft: true },
    upload: { content: 'Organisation;Angebot\r\nCaritas;Beratung\r\n', ext: 'csv', type: 'text/csv' },
  },
  {
    slug: 'accessibility-feedback',
    data: (refs, n) => ({ description: `Barrier ${n}`, pageUrl: '/de/town-one', municipality: town(refs) }),
    patch: { status: 'in-progress' },
  },
  {
    slug: 'search-synonyms',
    data: (refs, n) => ({ locale: 'de', term: `Begriff ${n}`, synonyms: ['Beratung'], municipality: town(refs) }),
    patch: { synonyms: ['Hilfe'] },
  },
  {
    slug: 'search-misses',
    data: (refs, n) => ({ key: `miss-${n}`, day: '2026-01-01', term: `begriff ${n}`, locale: 'de', count: 1, municipality: town(refs) }),
    patch: { count: 99 },
  },
  {
    // Written only by the server (cms/audit/record.ts); the matrix's targets are entries of town 1.
    slug: 'audit-log',
    data: (refs, n) => ({ at: new Date().toISOString(), action: 'update', actor: `actor-${n}@test.example`, collectionSlug: 'pages', towns: [town(refs)] }),
    patch: { actor: 'forged@test.example' },
  },
  {
    slug: 'translation-states',
    data: (refs, n) => ({ key: `state-${n}`, document: { relationTo: 'pages', value: refs.page }, title: `State ${n}`, locale: 'en', state: 'outdated', municipality: town(refs) }),
    patch: { state: 'current' },
  },
]

/** The text every private value carries, so a probe can search any response for it. */
export const PRIVATE_MARK = 'PRIVATE-'
