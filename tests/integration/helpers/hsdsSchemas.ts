import fs from 'node:fs'
import path from 'node:path'
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/** The official HSDS 3.0 files the tests validate against (see tests/fixtures/hsds-3.0/README.md). */
export const HSDS_FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/hsds-3.0')

export const readFixture = (file: string) => JSON.parse(fs.readFileSync(path.join(HSDS_FIXTURES, file), 'utf8')) as Record<string, unknown>

/** The schemas use Frictionless Data keywords beside JSON Schema: declared, so strict mode still catches typos. */
const FRICTIONLESS = ['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'datapackage_type', 'tabular_required']

/** An Ajv with every HSDS object schema registered under its file name ("$ref": "phone.json"). */
export function hsdsAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true })
  addFormats(ajv)
  ajv.addVocabulary(FRICTIONLESS)
  for (const file of fs.readdirSync(HSDS_FIXTURES).filter((f) => f.endsWith('.json') && !['openapi.json', 'datapackage.json'].includes(f))) {
    ajv.addSchema(readFixture(file), file)
  }
  return ajv
}

export function expectValid(validate: ValidateFunction, body: unknown) {
  if (!validate(body)) throw new Error(`HSDS schema violation: ${JSON.stringify(validate.errors, null, 2)}\n${JSON.stringify(body, null, 2).slice(0, 3000)}`)
}
