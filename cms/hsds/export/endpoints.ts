import type { Endpoint } from 'payload'
import { HSDS_INFO } from '../info'
import type { Slugs } from '../read'
import { type Context, type Handle, json, problem, route } from '../route'
import { tableCsv } from './csv'
import { dataPackage, resourceOfFile, TABLE_RESOURCES } from './datapackage'
import { readDirectory } from './directory'
import { type OpenDataLicense, resolveLicense } from './license'
import { exportMeta } from './meta'
import { tablesOf } from './tables'
import { zip } from './zip'
import { auditedDownload } from '@cms/audit/downloads'

/**
 * The whole public directory of a town as downloads (issue #6), same data and same rules as
 * the API (published, public, the anonymous public's view):
 *
 * - `/export.json`: HSDS JSON, every object nested as the API serves it (README.md).
 * - `/export/datapackage.json`: a Frictionless Tabular Data Package of the official HSDS
 *   tables, each `/export/{file}.csv` (the official file names, e.g. `services.csv`).
 * - `/export.zip`: the descriptor and every CSV in one file.
 */

export interface HsdsExportOptions {
  /** The licence of the published data; default `OPEN_DATA_LICENSE`, else CC BY 4.0 (license.ts). */
  license?: OpenDataLicense
}

const attachment = (body: BodyInit, type: string, filename: string) =>
  new Response(body, { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"` } })

const CSV_TYPE = 'text/csv; charset=utf-8; header=present'

/** A file of the package as the descriptor links it: a URL when the public URL is known, else beside the descriptor. */
function linkTo(r: Context, file: string): string {
  // The content language, when asked for, travels with every link (the default needs none).
  const query = r.requestedLocale ? `?locale=${encodeURIComponent(r.locale)}` : ''
  const serverURL = r.payload.config.serverURL
  return serverURL ? `${serverURL}${r.payload.config.routes.api}/hsds/${r.town.slug}/export/${file}${query}` : `${file}${query}`
}

/** Every official table as CSV, by file name; the ones we have no data for are a header only. */
async function csvFiles(r: Context): Promise<Map<string, string>> {
  const tables = tablesOf(await readDirectory(r))
  return new Map(TABLE_RESOURCES.map((res) => [res.path, tableCsv(res.schema.fields, tables.get(res.name) ?? [])]))
}

export function exportEndpoints(slugs: Slugs, options: HsdsExportOptions): Endpoint[] {
  const meta = (r: Context) => exportMeta(r, resolveLicense(options.license))

  const wholeJson: Handle = async (r) => {
    const about = meta(r)
    const body = { ...HSDS_INFO, ...about, ...(await readDirectory(r)) }
    return attachment(JSON.stringify(body), 'application/json; charset=utf-8', `${r.town.slug}-hsds.json`)
  }

  const descriptor: Handle = async (r) => json(dataPackage(meta(r), (file) => linkTo(r, file)))

  const csv: Handle = async (r) => {
    const resource = resourceOfFile(r.param('file'))
    if (!resource) return problem(404, 'No such file in the export; datapackage.json lists them all.')
    const file = (await csvFiles(r)).get(resource.path) ?? ''
    return attachment(file, CSV_TYPE, resource.path)
  }

  const wholeZip: Handle = async (r) => {
    const about = meta(r)
    const files = await csvFiles(r)
    // Inside the zip the files lie beside the descriptor: relative paths, whatever the server's URL.
    const descriptorFile = JSON.stringify(dataPackage(about, (file) => file), null, 2)
    const body = zip([{ name: 'datapackage.json', data: descriptorFile }, ...[...files].map(([name, data]) => ({ name, data }))], new Date(about.created))
    return attachment(new Uint8Array(body), 'application/zip', `${r.town.slug}-hsds.zip`)
  }

  // Downloads of the whole directory are audit entries (the descriptor is only a table of contents).
  const audited = (endpoint: Endpoint, format: string) =>
    auditedDownload(endpoint, (req) => ({ title: String(req.routeParams?.file ?? format), detail: { format, town: String(req.routeParams?.town ?? '') } }), { town: { param: 'town', collection: slugs.municipalities } })
  return [
    audited(route(slugs, '/export.json', wholeJson), 'hsds-json'),
    audited(route(slugs, '/export.zip', wholeZip), 'hsds-zip'),
    route(slugs, '/export/datapackage.json', descriptor),
    audited(route(slugs, '/export/:file', csv), 'hsds-csv'),
  ]
}
