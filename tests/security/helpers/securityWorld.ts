import sharp from 'sharp'
import type { Payload } from 'payload'
import { setupWorld, type Role } from '../../integration/helpers/setup'
import { type CollectionSpec, MATRIX_ROLES, type MatrixRole, type Refs, SPECS } from './collections'
import { afterResponseSettled } from '@cms/security/afterResponse'

/** A small real PNG for uploads. */
export const pngBytes = (width = 40, height = 30) => sharp({ create: { width, height, channels: 3, background: '#0b5394' } }).png().toBuffer()

export { uploadForm } from '../../integration/helpers/rest'

/**
 * How many documents of `slug` exist (drafts included), or whether `id` does: read past access,
 * once the writes queued after earlier responses (audit entries) are done.
 */
export const countDocs = async (payload: Payload, slug: string, id?: string) => {
  await afterResponseSettled()
  return payload.count({ collection: slug as 'pages', overrideAccess: true, ...(id ? { where: { id: { equals: id } } } : {}) }).then((r) => r.totalDocs)
}

/** The file a spec's documents are uploaded with: its own, else the PNG. */
export const uploadFile = (spec: CollectionSpec, png: Buffer, n: string) =>
  typeof spec.upload === 'object' ? { data: Buffer.from(spec.upload.content), mimetype: spec.upload.type, name: `${n}.${spec.upload.ext}` } : { data: png, mimetype: 'image/png', name: `${n}.png` }

const withSize = (file: { data: Buffer; mimetype: string; name: string }) => ({ ...file, size: file.data.length })

/** The documents each collection's matrix cells act on. */
export interface Targets {
  /** A published document of town 1 (owned by organisation A where documents have an owner). */
  published: string
  /** A draft that was never published (owned by organisation B), for collections with drafts. */
  draft?: string
  /** One disposable document per role, for its delete cell. */
  disposable: Record<MatrixRole, string>
}

let counter = 0
/** A unique suffix for slugs, keys and e-mails. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`

/**
 * The access-test world (two towns, organisations A–D, one account per role) plus what the
 * plan collections refer to, and a way to seed any collection's documents through the Local API.
 */
export async function setupSecurityWorld() {
  const base = await setupWorld()
  const { payload, world } = base
  const png = await pngBytes()
  const actionField = String((await payload.create({ collection: 'action-fields', overrideAccess: true, data: { title: 'Sprache', municipality: world.towns.town1 } as never })).id)
  const page = String(
    (await payload.create({ collection: 'pages', overrideAccess: true, data: { title: 'Ankommen', municipality: world.towns.town1, _status: 'published' } as never })).id,
  )
  const refs: Refs = { world, actionField, page }

  /** Creates a document of `spec` through the Local API (no access control). */
  async function seed(spec: CollectionSpec, { status = 'published', org = world.orgs.A, extra = {} }: { status?: 'published' | 'draft'; org?: string; extra?: Record<string, unknown> } = {}) {
    const n = unique(spec.slug)
    const data = { ...spec.data(refs, n, org), ...(spec.drafts ? { _status: status } : {}), ...extra }
    const doc = await payload.create({
      collection: spec.slug as 'pages',
      overrideAccess: true,
      draft: status === 'draft',
      data: data as never,
      ...(spec.upload ? { file: withSize(uploadFile(spec, png, n)) } : {}),
    })
    return String(doc.id)
  }

  /** The published and draft documents of a collection, plus disposable ones for deletes. */
  async function targets(spec: CollectionSpec): Promise<Targets> {
    const disposable = {} as Record<MatrixRole, string>
    for (const role of MATRIX_ROLES) disposable[role] = await seed(spec)
    if (spec.slug === 'municipalities') return { published: world.towns.town1, disposable }
    if (spec.slug === 'organizations') return { published: world.orgs.A, draft: world.orgs.B, disposable }
    return { published: await seed(spec), draft: spec.drafts ? await seed(spec, { status: 'draft', org: world.orgs.B }) : undefined, disposable }
  }

  return { ...base, payload: payload as Payload, refs, png, seed, targets, specs: SPECS }
}

export type SecurityWorld = Awaited<ReturnType<typeof setupSecurityWorld>>

/** The REST token of a matrix role (none for anonymous). */
export const tokenOf = (tokens: Record<Role, string>, role: MatrixRole): string | undefined => (role === 'anonymous' ? undefined : tokens[role])
