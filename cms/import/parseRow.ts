/**
 * One spreadsheet row → the organisation, location and service it describes, or the reasons
 * it cannot be imported. Pure: everything it needs from the database comes in `vocabulary`.
 */
import { isValidLatitude, isValidLongitude } from '@shared/geo'
import { normalizeForSearch } from '@shared/search'
import { checkEmail, checkPhone, checkUrl } from '@shared/validation'
import { inArea } from './area'
import { englishName, FIELD_INFO, LOCATION_FIELDS } from './fields'
import { parseOpeningHours } from './hours'
import type { ColumnMapping, ImportRecord, LocationInput, Problem, ProblemCode, SourceRow, TargetField, TownArea, WarningCode } from './types'
import { cleanText, normalizeEmail, normalizeUrl, parseCost, parseKind, parseLanguages, parseNumber, parsePostcode, splitList } from './values'

/** A town's topics and audiences by normalised slug and by name in every language. */
export interface Vocabulary {
  topics: Map<string, string>
  audiences: Map<string, string>
}

export interface ParsedRow {
  record: ImportRecord | null
  problems: Problem[]
  warnings: Problem<WarningCode>[]
}

/** The column's name as the file has it, so the message points at the right column. */
export const columnOf = (mapping: ColumnMapping, field: TargetField): string => mapping[field] ?? englishName(field)

export function problem(mapping: ColumnMapping, code: ProblemCode, field: TargetField | undefined, message: string, value?: string): Problem {
  const where = field ? `${columnOf(mapping, field)}: ` : ''
  return { code, ...(field ? { field } : {}), ...(value !== undefined ? { value } : {}), message: `${where}${message}` }
}

export function parseRow(source: SourceRow, mapping: ColumnMapping, vocabulary: Vocabulary): ParsedRow {
  const problems: Problem[] = []
  const warnings: Problem<WarningCode>[] = []
  // Memoised: a field is read more than once, and a too-long value must be reported once.
  const seen = new Map<TargetField, string | undefined>()
  const cell = (field: TargetField): string | undefined => {
    if (!seen.has(field)) seen.set(field, readCell(field))
    return seen.get(field)
  }
  const readCell = (field: TargetField): string | undefined => {
    const header = mapping[field]
    const raw = header ? source.values[header] : undefined
    const value = raw === undefined ? '' : cleanText(raw)
    if (!value) return undefined
    const max = FIELD_INFO[field].maxLength
    if (max && value.length > max) {
      problems.push(problem(mapping, 'too-long', field, `at most ${max} characters (this one has ${value.length}).`))
      return undefined
    }
    return value
  }
  const required = (field: TargetField): string => {
    const value = cell(field)
    if (value === undefined && !problems.some((p) => p.field === field)) problems.push(problem(mapping, 'missing-required', field, 'required, but empty.'))
    return value ?? ''
  }
  const checked = (field: TargetField, code: ProblemCode, value: string | undefined, check: (v: string) => string | null) => {
    if (value === undefined) return undefined
    const error = check(value)
    if (!error) return value
    problems.push(problem(mapping, code, field, `“${value}”: ${error}`, value))
    return undefined
  }

  const organization = { name: required('organization'), externalId: cell('organizationExternalId') }
  const websiteCell = cell('website')
  const website = checked('website', 'bad-url', websiteCell === undefined ? undefined : normalizeUrl(websiteCell), checkUrl)

  const service: ImportRecord['service'] = { title: required('title') }
  const set = <K extends keyof ImportRecord['service']>(key: K, value: ImportRecord['service'][K] | undefined) => {
    if (value !== undefined) service[key] = value
  }
  set('externalId', cell('externalId'))
  set('summary', cell('summary'))
  set('description', cell('description'))
  set('contactPerson', cell('contactPerson'))
  const email = cell('email')
  set('email', checked('email', 'bad-email', email === undefined ? undefined : normalizeEmail(email), checkEmail))
  set('phone', checked('phone', 'bad-phone', cell('phone'), checkPhone))
  const cost = cell('cost')
  if (cost !== undefined) service.cost = parseCost(cost)

  const kind = cell('kind')
  if (kind !== undefined) {
    const value = parseKind(kind)
    if (value) service.kind = value
    else problems.push(problem(mapping, 'unknown-category', 'kind', `“${kind}” is not a category of services (e.g. Beratung, Sprachkurs, Integrationskurs).`, kind))
  }

  const languages = cell('languages')
  if (languages !== undefined) {
    const { codes, unknown } = parseLanguages(languages)
    for (const u of unknown) problems.push(problem(mapping, 'unknown-language', 'languages', `“${u}” is not a known language (use ISO codes such as ar, uk, prs or names such as Arabisch).`, u))
    if (!unknown.length) service.languages = codes
  }

  for (const [field, terms, what] of [
    ['topics', vocabulary.topics, 'topic'],
    ['audiences', vocabulary.audiences, 'audience'],
  ] as const) {
    const value = cell(field)
    if (value === undefined) continue
    const ids: string[] = []
    for (const part of splitList(value)) {
      const id = terms.get(normalizeForSearch(part))
      if (id) ids.push(id)
      else problems.push(problem(mapping, 'unknown-category', field, `“${part}” is not one of the town's ${what}s.`, part))
    }
    service[field] = [...new Set(ids)]
  }

  const location = parseLocation(cell, required, mapping, problems, warnings)
  const record: ImportRecord = {
    organization: { name: organization.name, ...(organization.externalId ? { externalId: organization.externalId } : {}), ...(website ? { website } : {}) },
    location,
    service,
  }
  return { record: problems.length ? null : record, problems, warnings }
}

/** The place, when any place column is filled: then street, postcode and city are required. */
function parseLocation(
  cell: (f: TargetField) => string | undefined,
  required: (f: TargetField) => string,
  mapping: ColumnMapping,
  problems: Problem[],
  warnings: Problem<WarningCode>[],
): LocationInput | null {
  if (!LOCATION_FIELDS.some((f) => cell(f) !== undefined)) return null
  const location: LocationInput = { street: required('street'), postalCode: '', city: required('city') }
  const postcode = required('postalCode')
  if (postcode) {
    const value = parsePostcode(postcode)
    if (value) location.postalCode = value
    else problems.push(problem(mapping, 'bad-postcode', 'postalCode', `“${postcode}”: a German postcode has 5 digits.`, postcode))
  }
  const externalId = cell('locationExternalId')
  if (externalId) location.externalId = externalId
  const name = cell('locationName')
  if (name) location.name = name

  const lat = cell('latitude')
  const lng = cell('longitude')
  if (lat !== undefined || lng !== undefined) {
    const latitude = lat === undefined ? null : parseNumber(lat)
    const longitude = lng === undefined ? null : parseNumber(lng)
    if (lat === undefined || lng === undefined) {
      problems.push(problem(mapping, 'bad-coordinates', lat === undefined ? 'latitude' : 'longitude', 'give both latitude and longitude, or neither.'))
    } else if (!isValidLatitude(latitude) || !isValidLongitude(longitude)) {
      problems.push(problem(mapping, 'bad-coordinates', !isValidLatitude(latitude) ? 'latitude' : 'longitude', `“${lat}, ${lng}” are not coordinates (example: 50.9747, 10.3204).`, `${lat}, ${lng}`))
    } else {
      location.latitude = latitude
      location.longitude = longitude
    }
  }

  const hours = cell('openingHours')
  if (hours !== undefined) {
    const slots = parseOpeningHours(hours)
    if (slots) location.slots = slots
    else
      warnings.push({
        code: 'hours-not-understood',
        field: 'openingHours',
        value: hours,
        message: `${columnOf(mapping, 'openingHours')}: “${hours}” is not in a form the import reads (e.g. “Mo–Fr 9–12 Uhr; Di 14–18 Uhr”); the hours are left as they are, enter them in the admin.`,
      })
  }
  return location
}

/** After geocoding: a place needs coordinates, inside the town. */
export function placeProblems(location: LocationInput, area: TownArea, mapping: ColumnMapping, geocoding: boolean): Problem[] {
  if (location.latitude === undefined || location.longitude === undefined) {
    const how = geocoding ? 'the geocoder found none for this address' : 'no geocoder is configured (see GEOCODER_URL)'
    return [problem(mapping, 'missing-coordinates', 'latitude', `the place has no coordinates, and ${how}.`)]
  }
  if (inArea(area, location.latitude, location.longitude)) return []
  const value = `${location.latitude}, ${location.longitude}`
  return [problem(mapping, 'coordinates-outside-town', 'latitude', `${value} is outside the town's area.`, value)]
}
