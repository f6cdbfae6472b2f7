import { type Endpoint, headersWithCors, type PayloadRequest, type SanitizedCollectionConfig, type Where } from 'payload'
import { collectionBySlug } from '../security/collectionBySlug'
import { isPlainFilename, isPlainPrefix } from './fileNames'
import type { PortalKey } from '@cms/i18n/en'
import { translate } from '@cms/i18n/translate'

const FILE_ROUTE = '/file/:filename'

const refuse = (req: PayloadRequest, status: 400 | 404, key: PortalKey) =>
  Response.json({ errors: [{ message: translate(req.t, key) }] }, { status, headers: headersWithCors({ headers: new Headers(), req }) })

/**
 * The stored document the name belongs to, as the requester may read it. Payload's own
 * check skips this lookup when read access is plain `true` (media for everyone, imports for
 * admins) and then serves whatever file of that name lies in the folder; here a file is
 * served only as part of a document the requester can read.
 */
async function readableDocument(req: PayloadRequest, config: SanitizedCollectionConfig, filename: string, prefix: string | null) {
  const sizes = (config.upload && typeof config.upload === 'object' ? config.upload.imageSizes ?? [] : []).map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } }))
  const where: Where = { or: [{ filename: { equals: filename } }, ...sizes] }
  const { docs } = await req.payload.find({
    collection: config.slug,
    where: prefix === null ? where : { and: [where, { prefix: { equals: prefix } }] },
    overrideAccess: false,
    user: req.user,
    req,
    depth: 0,
    limit: 1,
    pagination: false,
    draft: Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts),
  })
  return docs[0] ?? null
}

/**
 * Stands in front of Payload's `/file/:filename` route of an upload collection (a
 * collection's own endpoints are matched first): a name that is not one plain file name is
 * a 400 before anything touches the disk or the bucket, a name that belongs to no readable
 * document a 404 (unknown and forbidden look the same); the rest goes on to Payload's route
 * (local folder, or the S3 adapter's handler).
 */
export const guardedFileRoute: Endpoint = {
  path: FILE_ROUTE,
  method: 'get',
  handler: async (req) => {
    const config = collectionBySlug(req.payload, String(req.routeParams?.collection ?? ''))?.config
    if (!config) return refuse(req, 404, 'server.notFound')
    const filename = String(req.routeParams?.filename ?? '')
    if (!isPlainFilename(filename)) return refuse(req, 400, 'server.file.badName')
    const prefix = req.searchParams?.get('prefix') ?? null
    const hasPrefix = config.flattenedFields.some((f) => f.name === 'prefix')
    if (prefix !== null && (!hasPrefix || !isPlainPrefix(prefix))) return refuse(req, 400, 'server.file.badPrefix')
    if (!(await readableDocument(req, config, filename, prefix))) return refuse(req, 404, 'server.notFound')
    const payloads = config.endpoints || []
    const builtIn = payloads.find((e) => e !== guardedFileRoute && e.path === FILE_ROUTE && e.method === 'get')
    if (!builtIn) return refuse(req, 404, 'server.notFound')
    return builtIn.handler(req)
  },
}
