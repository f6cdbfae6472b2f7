/**
 * The licence the town's open data is published under, as a Data Package `licenses` entry
 * (https://specs.frictionlessdata.io/data-package/#licenses): `name` an Open Definition /
 * SPDX id, `path` the licence text, `title` for people.
 *
 * Set by the plugin option, else by `OPEN_DATA_LICENSE`: one of the ids below, or a JSON
 * object `{"name": …, "path": …, "title": …}` for any other licence. An unknown bare id is
 * refused rather than published as a licence nobody can look up (a typo would otherwise
 * mislabel every download).
 */

import { isRecord } from '../../isRecord'

export interface OpenDataLicense {
  name?: string
  path?: string
  title?: string
}

export const DEFAULT_LICENSE: Required<OpenDataLicense> = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }

const KNOWN: Record<string, Required<OpenDataLicense>> = {
  'CC-BY-4.0': DEFAULT_LICENSE,
  'CC-BY-SA-4.0': { name: 'CC-BY-SA-4.0', path: 'https://creativecommons.org/licenses/by-sa/4.0/', title: 'Creative Commons Attribution-ShareAlike 4.0' },
  'CC0-1.0': { name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0 Universal' },
  'ODbL-1.0': { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Data Commons Open Database License 1.0' },
  // The licences of German public-sector open data (GovData).
  'DL-DE-BY-2.0': { name: 'DL-DE-BY-2.0', path: 'https://www.govdata.de/dl-de/by-2-0', title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' },
  'DL-DE-ZERO-2.0': { name: 'DL-DE-ZERO-2.0', path: 'https://www.govdata.de/dl-de/zero-2-0', title: 'Datenlizenz Deutschland – Zero – Version 2.0' },
}

/** A licence the Data Package spec accepts: a name or a path, only string properties we know. */
function checked(value: unknown, source: string): OpenDataLicense {
  const v = isRecord(value) ? value : {}
  const out: OpenDataLicense = {}
  for (const key of ['name', 'path', 'title'] as const) {
    const text = v[key]
    if (typeof text === 'string' && text.trim()) out[key] = text.trim()
    else if (text !== undefined) throw new Error(`${source}: "${key}" must be a non-empty string.`)
  }
  if (!out.name && !out.path) throw new Error(`${source}: a licence needs a "name" (e.g. CC-BY-4.0) or a "path" (its URL).`)
  return out
}

/** The licence from the plugin option, else from the environment value, else CC BY 4.0. */
export function resolveLicense(option?: OpenDataLicense, env: string | undefined = process.env.OPEN_DATA_LICENSE): OpenDataLicense {
  if (option) return checked(option, 'The open-data licence option')
  const raw = env?.trim()
  if (!raw) return DEFAULT_LICENSE
  if (raw.startsWith('{')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new Error('OPEN_DATA_LICENSE: not valid JSON.')
    }
    return checked(parsed, 'OPEN_DATA_LICENSE')
  }
  const known = Object.values(KNOWN).find((l) => l.name.toLowerCase() === raw.toLowerCase())
  if (!known) throw new Error(`OPEN_DATA_LICENSE: unknown licence "${raw.slice(0, 40)}"; use one of ${Object.keys(KNOWN).join(', ')}, or a JSON object {"name","path","title"}.`)
  return known
}
