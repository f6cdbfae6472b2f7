import { getTranslation } from '@payloadcms/translations'
import { type CollectionBeforeOperationHook, type Field, type PayloadRequest, ValidationError } from 'payload'
import { isLocale } from '@shared/locales'
import { isRecord as isObject } from '../isRecord'
import { translate } from '@cms/i18n/translate'
import type { PortalKey } from '@cms/i18n/en'

/** One step of the way to a field as a person reads it: a field's label, or a row number of a list. */
type Step = Extract<Field, { name: string }> | number
type Problem = { path: string; key: PortalKey; steps: Step[] }

const isId = (v: unknown) => typeof v === 'string' || typeof v === 'number'
const isReference = (v: unknown) => isId(v) || (isObject(v) && (isId(v.id) || (typeof v.relationTo === 'string' && isId(v.value))))

/** Lexical's JSON: a root whose nodes are objects with a string type and, where present, a list of children. */
function isLexicalNode(node: unknown, depth = 0): boolean {
  if (!isObject(node) || typeof node.type !== 'string' || depth > 100) return false
  return node.children === undefined || (Array.isArray(node.children) && node.children.every((c) => isLexicalNode(c, depth + 1)))
}

/** What a value of a field type must look like (null always clears a field). Returns the message's key or null. */
function shapeError(field: Field & { name: string }, value: unknown): PortalKey | null {
  if (value === null || value === undefined) return null
  const many = 'hasMany' in field && field.hasMany === true
  const each = (ok: (v: unknown) => boolean, one: PortalKey, list: PortalKey) => (many ? (Array.isArray(value) && value.every(ok) ? null : list) : ok(value) ? null : one)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'radio':
    case 'select':
      return each((v) => typeof v === 'string', 'server.expected.text', 'server.expected.texts')
    case 'date':
      // The Local API also takes Date objects.
      return typeof value === 'string' || value instanceof Date ? null : 'server.expected.date'
    case 'number':
      return each((v) => typeof v === 'number' && Number.isFinite(v), 'server.expected.number', 'server.expected.numbers')
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'server.expected.boolean'
    case 'relationship':
    case 'upload':
      return each(isReference, 'server.expected.reference', 'server.expected.references')
    case 'richText':
      return isObject(value) && isObject(value.root) && isLexicalNode(value.root) ? null : 'server.expected.richText'
    case 'group':
      return isObject(value) ? null : 'server.expected.object'
    case 'array':
      return Array.isArray(value) && value.every(isObject) ? null : 'server.expected.rows'
    default:
      return null
  }
}

/** With `locale=all` a localized field arrives as `{ de: …, en: … }`: check each language's value. */
function localeValues(field: Field, value: unknown): [string, unknown][] {
  if ('localized' in field && field.localized && isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every(isLocale)) {
    return Object.entries(value).map(([code, v]) => [`.${code}`, v])
  }
  return [['', value]]
}

function check(fields: Field[], data: Record<string, unknown>, prefix: string, problems: Problem[], steps: Step[] = []) {
  for (const field of fields) {
    if (!('name' in field)) {
      if ('fields' in field) check(field.fields, data, prefix, problems, steps)
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          const name = 'name' in tab ? tab.name : undefined
          if (!name) check(tab.fields, data, prefix, problems, steps)
          else if (isObject(data[name])) check(tab.fields, data[name], `${prefix}${name}.`, problems, steps)
        }
      }
      continue
    }
    if (!(field.name in data)) continue
    // The admin sends a list that got no rows (e.g. the hours of a group a tick box just showed) as
    // its row count, 0: that is an empty list, not malformed input.
    if (field.type === 'array' && data[field.name] === 0) data[field.name] = []
    const at = [...steps, field]
    for (const [suffix, value] of localeValues(field, data[field.name])) {
      const path = `${prefix}${field.name}${suffix}`
      const key = shapeError(field, value)
      if (key) problems.push({ path, key, steps: at })
      else if (field.type === 'group' && isObject(value)) check(field.fields, value, `${path}.`, problems, at)
      else if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => isObject(row) && check(field.fields, row, `${path}.${i}.`, problems, [...at, i + 1]))
    }
  }
}

/**
 * Where a problem is, in the reader's words ("Locations 1 > Opening hours > Closed on"), as Payload
 * names fields in its own validation messages: the message then shows this, never the data path.
 */
function readableLabel(steps: Step[], i18n: PayloadRequest['i18n']): string {
  return steps
    .map((step, i) => {
      if (typeof step === 'number') return null
      const name = 'label' in step && step.label ? getTranslation(step.label, i18n) : step.name
      const row = steps[i + 1]
      return typeof row === 'number' ? `${name} ${row}` : name
    })
    .filter((part): part is string => Boolean(part))
    .join(' > ')
}

/**
 * Refuses data of the wrong shape (an object where text belongs, a number for an e-mail,
 * broken rich text, a body that is not a JSON object) with a 400 and the field's path, before
 * any hook or the database sees it. Payload's own validation runs later and assumes the right
 * types: without this, such input crashed hooks or the SQL insert with a 500.
 */
export const rejectMalformedInput: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = 'data' in args ? args.data : undefined
  const problems: Problem[] = []
  if (!isObject(data)) problems.push({ path: '', key: 'server.bodyNotObject', steps: [] })
  else {
    check(collection.fields, data, '', problems)
    if (collection.auth && 'password' in data && typeof data.password !== 'string')
      problems.push({
        path: 'password',
        key: 'server.expected.text',
        steps: [],
      })
  }
  if (problems.length) {
    const errors = problems.map(({ path, key, steps }) => ({
      path,
      label: readableLabel(steps, req.i18n),
      message: translate(req.t, key),
    }))
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return args
}
