import fs from 'node:fs'
import path from 'node:path'
import { LOCALE_CODES } from '@shared/locales'
import { EVENT_CATEGORIES, FUNDING_SOURCES, LEGAL_GROUPS, MEASURE_STATUSES, ORGANIZATION_KINDS } from '@shared/vocabularies'

type Catalog = Record<string, Record<string, unknown>>
const catalog = (code: string): Catalog => JSON.parse(fs.readFileSync(path.resolve('locales', `${code}.json`), 'utf8'))

/** Each vocabulary the portal shows, and the catalog object that holds one label per value. */
const LABELLED: [string, readonly string[]][] = [
  ['EventCategory', EVENT_CATEGORIES],
  ['OrganizationKind', ORGANIZATION_KINDS],
  ['MeasureStatus', MEASURE_STATUSES],
  ['Funding', FUNDING_SOURCES],
  ['LegalGroup', LEGAL_GROUPS],
]

describe.each(LOCALE_CODES.map((code) => [code]))('%s catalog', (code) => {
  const messages = catalog(code)
  test.each(LABELLED)('labels every value of %s', (namespace, values) => {
    const labels = messages[namespace] ?? {}
    const missing = values.filter((value) => typeof labels[value] !== 'string' || !String(labels[value]).trim())
    expect(missing).toEqual([])
  })
})
