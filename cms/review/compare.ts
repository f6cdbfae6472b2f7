import type { FlattenedField, Payload, PayloadRequest, TypedUser } from 'payload'
import { lexicalToText } from '@shared/lexicalText'
import { LOCALE_CODES } from '@shared/locales'
import { diffVersions, plainText, type DiffField, type DiffRow } from '@shared/reviewDiff'
import { idOf } from '../access/ids'
import { formatDate } from '../i18n/format'
import { translate } from '../i18n/translate'
import { TENANT_FIELD } from '../tenant'
import { TITLE_FIELD, type ReviewedSlug } from './reviewed'

type Locale = NonNullable<Parameters<Payload['find']>[0]['locale']>
const isLocale = (code: string): code is Locale => code !== 'all' && LOCALE_CODES.some((c) => c === code)

/** A document as plain fields (the generated interfaces have no index signature). */
const record = (doc: object): Record<string, unknown> => Object.fromEntries(Object.entries(doc))

/** A title in the default language, else in the first language that has one. */
function titleIn(value: unknown, locale: string): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const texts = record(value)
  const own = texts[locale]
  return typeof own === 'string' && own ? own : String(Object.values(texts).find((v) => typeof v === 'string' && v) ?? '')
}

/** Bookkeeping an editor does not review: the review itself, search index, verification, schedule. */
const SKIP = new Set(['id', 'createdAt', 'updatedAt', '_status', TENANT_FIELD, 'pendingReview', 'reviewState', 'reviewComment', 'reviewedAt', 'reviewedBy', 'searchText', 'lastVerifiedAt', 'lastVerifiedBy', 'lastEnd', 'slug'])

type Names = Map<string, string>
type I18n = PayloadRequest['i18n']

interface Leaf {
  path: string
  field: FlattenedField
  localized: boolean
}

function leaves(fields: readonly FlattenedField[], prefix = '', inLocalized = false): Leaf[] {
  return fields.flatMap((field): Leaf[] => {
    if (SKIP.has(field.name) || field.admin?.hidden || field.hidden) return []
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const localized = inLocalized || Boolean('localized' in field && field.localized)
    if (field.type === 'group') return leaves(field.flattenedFields, path, localized)
    return [{ path, field, localized }]
  })
}

const relationTargets = (field: FlattenedField): string[] => ('relationTo' in field ? (Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]) : [])

/** The names of every document the two versions refer to, by `<collection>:<id>`. */
async function namesOf(payload: Payload, list: Leaf[], docs: unknown[], locale: Locale): Promise<Names> {
  const wanted = new Map<string, Set<string>>()
  for (const { path, field } of list) {
    for (const target of relationTargets(field)) {
      for (const doc of docs) {
        const value = path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc)
        for (const item of Array.isArray(value) ? value : [value]) {
          const id = idOf(item)
          if (id) wanted.set(target, (wanted.get(target) ?? new Set()).add(id))
        }
      }
    }
  }
  const names: Names = new Map()
  for (const [collection, ids] of wanted) {
    const config = payload.collections[collection as ReviewedSlug]?.config
    const title = config?.admin?.useAsTitle ?? 'id'
    const { docs } = await payload.find({ collection: collection as ReviewedSlug, where: { id: { in: [...ids] } }, depth: 0, limit: ids.size, locale, draft: true, overrideAccess: true, pagination: false })
    for (const doc of docs) names.set(`${collection}:${String(doc.id)}`, String(record(doc)[title] ?? doc.id))
  }
  return names
}

function reader(field: FlattenedField, names: Names, i18n: I18n): DiffField['text'] {
  const yesNo: [string, string] = [translate(i18n.t, 'yes'), translate(i18n.t, 'no')]
  const targets = relationTargets(field)
  if (targets.length) {
    return (value) =>
      (Array.isArray(value) ? value : [value])
        .map((item) => {
          const id = idOf(item)
          return id ? (targets.map((t) => names.get(`${t}:${id}`)).find(Boolean) ?? id) : ''
        })
        .filter(Boolean)
        .join(', ')
  }
  if (field.type === 'richText') return (value) => lexicalToText(value, 1_000_000)
  if (field.type === 'date') return (value) => (typeof value === 'string' && value ? formatDate(i18n.language, value) : '')
  if (field.type === 'select' || field.type === 'radio') {
    const label = (v: unknown) => {
      const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === v)
      const l = option && typeof option === 'object' ? option.label : undefined
      return typeof l === 'function' ? String(l({ i18n, t: i18n.t })) : typeof l === 'string' ? l : String(v ?? '')
    }
    return (value) => (Array.isArray(value) ? value.map(label).join(', ') : value === null || value === undefined ? '' : label(value))
  }
  return (value) => plainText(value, yesNo)
}

function labelOf(field: FlattenedField, i18n: I18n): string {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'function') return String(label({ i18n, t: i18n.t }))
  if (typeof label === 'string') return label
  return field.name
}

export interface Comparison {
  title: string
  /** Never published: there is no live version, all is new. */
  isNew: boolean
  pendingReview: boolean
  reviewComment: string | null
  organization: string | null
  updatedAt: string
  rows: (DiffRow & { label: string })[]
}

/**
 * The live and the pending version of one document, field by field and language by language, in
 * the reader's words (labels in their admin language, references by name, rich text as text).
 * Read past access control: the caller has checked that the user reviews this town.
 */
export async function compareVersions(payload: Payload, slug: ReviewedSlug, id: string, i18n: I18n, user: TypedUser | null): Promise<Comparison | null> {
  const found = await payload.findByID({ collection: slug, id, depth: 0, draft: true, locale: 'all', overrideAccess: false, user, disableErrors: true })
  if (!found) return null
  const pending = record(found)
  const main = await payload.findByID({ collection: slug, id, depth: 0, draft: false, locale: 'all', overrideAccess: false, user, disableErrors: true })
  const live = main && main._status === 'published' ? record(main) : null
  const localization = payload.config.localization
  const locales = localization ? localization.localeCodes : []
  const defaultLocale = localization ? localization.defaultLocale : 'de'
  const locale: Locale = isLocale(defaultLocale) ? defaultLocale : 'de'
  const list = leaves(payload.collections[slug].config.flattenedFields)
  const names = await namesOf(payload, list, [live, pending], locale)
  const labels = new Map(list.map((l) => [l.path, labelOf(l.field, i18n)]))
  const fields = list.map((l) => ({ path: l.path, localized: l.localized, text: reader(l.field, names, i18n) }))
  const organization = slug === 'organizations' ? null : (names.get(`organizations:${idOf(pending.organization) ?? ''}`) ?? null)
  return {
    title: titleIn(pending[TITLE_FIELD[slug]], defaultLocale) || id,
    isNew: !live,
    pendingReview: Boolean(pending.pendingReview),
    reviewComment: typeof pending.reviewComment === 'string' ? pending.reviewComment : null,
    organization,
    updatedAt: String(pending.updatedAt),
    rows: diffVersions(fields, live, pending, locales).map((r) => ({ ...r, label: labels.get(r.path) ?? r.path })),
  }
}
