/** Importing an HSDS 3.0 JSON file (our export, or an array of services) into a town: see cms/hsds/README.md. */
export { importHsds, WITHOUT_ORGANIZATION, type HsdsImportOptions, type HsdsImportResult } from './run'
export { readHsds } from './read'
export type { Issue } from './check'
