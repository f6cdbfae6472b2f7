import type { Reader } from '../read'
import type { OpenDataLicense } from './license'

/**
 * What the JSON export and the Data Package descriptor both say about themselves, named as
 * in the Data Package spec (https://specs.frictionlessdata.io/data-package/) so the two
 * downloads describe themselves alike.
 */
export interface ExportMeta {
  /** `{town}-hsds`: lower case, as the spec's `name` pattern wants. */
  name: string
  title: string
  description: string
  /** The town's portal, when the server's public URL is known. */
  homepage?: string
  /** The content language of the texts. */
  language: string
  /** When this export was made (ISO instant). */
  created: string
  licenses: OpenDataLicense[]
  /** The town publishes its directory: the attribution a CC BY licence asks for. */
  contributors: { title: string; role: 'publisher'; path?: string }[]
  keywords: string[]
}

export function exportMeta(r: Reader, license: OpenDataLicense, now = new Date()): ExportMeta {
  const serverURL = r.payload.config.serverURL
  const homepage = serverURL ? `${serverURL}/${r.locale}/${r.town.slug}` : undefined
  return {
    name: `${r.town.slug}-hsds`,
    title: `Service directory of ${r.town.name} (Open Referral HSDS 3.0)`,
    description: `The published services, organisations and locations of ${r.town.name}, in the Human Services Data Specification (HSDS) 3.0 of Open Referral.`,
    ...(homepage ? { homepage } : {}),
    language: r.locale,
    created: now.toISOString(),
    licenses: [license],
    contributors: [{ title: r.town.name, role: 'publisher', ...(homepage ? { path: homepage } : {}) }],
    keywords: ['Open Referral', 'HSDS', 'HSDS 3.0', 'human services', r.town.name],
  }
}
