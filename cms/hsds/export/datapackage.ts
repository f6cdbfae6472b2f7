import template from './datapackage-template.json' with { type: 'json' }
import type { ExportMeta } from './meta'

/**
 * The tabular form of HSDS 3.0: the official Data Package descriptor of the specification
 * (datapackage-template.json, copied unchanged; see README.md beside it for its source and
 * licence). Its resources, their CSV file names and table schemas are the contract: ours
 * keep them as they are and only say where the files are and whose data it is.
 */

export interface TableField {
  name: string
  type: string
  format?: string
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] }
}

export interface TableResource {
  /** The HSDS object, e.g. "service_at_location". */
  name: string
  /** The official CSV file name, e.g. "service_at_location.csv". */
  path: string
  description: string
  format: string
  mediatype: string
  profile: string
  schema: {
    primaryKey: string
    fields: TableField[]
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[]
  }
}

export const TABLE_RESOURCES: readonly TableResource[] = template.resources

export const resourceOfFile = (file: string): TableResource | undefined => TABLE_RESOURCES.find((r) => r.path === file)

/** Where the table schemas come from (their licence asks for the attribution). */
const SCHEMA_SOURCE = {
  title: 'Table schemas: Open Referral Human Services Data Specification 3.0, datapackage.json (CC BY-SA 4.0)',
  path: 'https://github.com/openreferral/specification/blob/3.0/datapackage.json',
}

/**
 * The town's Data Package descriptor. `pathOf` turns an official file name into where the
 * file is: a URL of the CSV endpoint, or the file name itself, which resolves against the
 * descriptor's own location (beside it in the zip, or the export URL it was fetched from).
 */
export function dataPackage(meta: ExportMeta, pathOf: (file: string) => string) {
  return {
    profile: template.profile,
    name: meta.name,
    title: meta.title,
    description: meta.description,
    ...(meta.homepage ? { homepage: meta.homepage } : {}),
    created: meta.created,
    keywords: meta.keywords,
    licenses: meta.licenses,
    contributors: meta.contributors,
    sources: [SCHEMA_SOURCE],
    resources: TABLE_RESOURCES.map((r) => ({ ...r, path: pathOf(r.path), encoding: 'utf-8' })),
  }
}
