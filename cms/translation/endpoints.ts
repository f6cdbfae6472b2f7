import type { Endpoint, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import { isLocale } from '@shared/locales'
import { lexicalSegments, replaceLexicalSegments } from '@shared/lexicalTranslate'
import { confirm } from '@shared/translationState'
import type { PortalSlugs } from '@cms/types'
import { isStaff } from '../access/roles'
import { keepingRequestLocale } from '../hooks/readAllLocales'
import { crashPoint } from '../longWork/crashPoint'
import { type TranslationProvider, translationProviderFromEnv } from './provider'
import { localizedTextPaths, setAt, valueInLocale } from './textFields'
import { recordOf, type TrackedSlug } from './track'
import { translate } from '@cms/i18n/translate'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The translation-state row named in the address, read as the user (staff of its town only); null when not theirs. */
function stateRowOf(req: PayloadRequest, statesSlug: PortalSlugs['translationStates']) {
  return req.payload.findByID({ collection: statesSlug, id: String(req.routeParams?.id ?? ''), depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
}

/** "Translation still current" in one click, per language: `POST /api/translation-states/:id/confirm`. */
export function confirmTranslationEndpoint(statesSlug: PortalSlugs['translationStates']): Endpoint {
  return {
    path: '/:id/confirm',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return error(401, 'Please log in.')
      const row = await stateRowOf(req, statesSlug)
      if (!row) return error(404, 'Not found.')
      if (row.state === 'source' || row.state === 'missing') return error(400, `A ${row.state === 'source' ? 'source text' : 'missing translation'} cannot be confirmed.`)
      const { docs } = await req.payload.find({
        collection: statesSlug,
        where: { and: [{ 'document.relationTo': { equals: row.document.relationTo } }, { 'document.value': { equals: row.document.value } }, { state: { equals: 'source' } }] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
      })
      const record = recordOf(row)
      const next = confirm(record, docs[0]?.textHash ?? record.basedOn)
      await req.payload.update({ collection: statesSlug, id: row.id, data: next, overrideAccess: true, req, depth: 0 })
      return Response.json({ message: translate(req.t, 'server.confirmedCurrent'), state: next.state })
    },
  }
}

/**
 * "Needs native review" on or off for one language of a document:
 * `POST /api/translation-states/:id/native-review` with `{ "needed": false }` once a reader of
 * the language checked it (or `true` to ask for that check). Staff of the document's town.
 */
export function nativeReviewEndpoint(statesSlug: PortalSlugs['translationStates']): Endpoint {
  return {
    path: '/:id/native-review',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return error(401, 'Please log in.')
      if (!isStaff(req.user)) return error(403, 'Only editors can mark a translation as checked.')
      const body: unknown = await req.json?.().catch(() => null)
      const needed = body && typeof body === 'object' && 'needed' in body ? body.needed : undefined
      if (typeof needed !== 'boolean') return error(400, 'Send { "needed": true } or { "needed": false }.')
      const row = await stateRowOf(req, statesSlug)
      if (!row) return error(404, 'Not found.')
      if (needed && (row.state === 'source' || row.state === 'missing')) return error(400, `A ${row.state === 'source' ? 'source text' : 'missing translation'} cannot be reviewed.`)
      await req.payload.update({ collection: statesSlug, id: row.id, data: { needsNativeReview: needed }, overrideAccess: true, req, depth: 0 })
      return Response.json({ message: translate(req.t, needed ? 'server.nativeReviewRequested' : 'server.nativeReviewDone'), needsNativeReview: needed })
    },
  }
}

interface MachineOptions {
  collection: TrackedSlug
  statesSlug: PortalSlugs['translationStates']
  /** For tests: a provider instead of the one configured by environment. */
  provider?: () => TranslationProvider | null
}

/** The request's JSON body as an object (anything else, or none, counts as empty). */
async function bodyOf(req: PayloadRequest): Promise<{ locales?: unknown; overwrite?: unknown }> {
  const body: unknown = await req.json?.().catch(() => ({}))
  return body && typeof body === 'object' ? body : {}
}

/**
 * Fills languages by machine: `POST /api/{collection}/:id/machine-translate` with
 * `{ "locales": ["ar", "uk"] }` (default: every missing language of the town). The output is
 * saved as unreviewed (state `machine`) and marked so on the portal. Staff only.
 */
export function machineTranslateEndpoint({ collection: slug, statesSlug, provider = () => translationProviderFromEnv() }: MachineOptions): Endpoint {
  return {
    path: '/:id/machine-translate',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return error(401, 'Please log in.')
      if (!isStaff(req.user)) return error(403, 'Only editors can start machine translation.')
      const translator = provider()
      if (!translator) return error(501, 'Machine translation is not set up. Set TRANSLATION_PROVIDER (and its URL/key) on the server.')
      const id = String(req.routeParams?.id ?? '')
      const body = await bodyOf(req)
      const doc = await keepingRequestLocale(req, () =>
        req.payload.findByID({ collection: slug, id, locale: 'all', draft: true, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req }),
      )
      if (!doc) return error(404, 'Not found.')
      const { docs: states } = await req.payload.find({
        collection: statesSlug,
        where: { and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { equals: id } }] },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const source = states.find((r) => r.state === 'source')?.locale
      if (!isLocale(source)) return error(409, 'The translation state of this document is not known yet. Save it once, then try again.')
      const requested: unknown[] = Array.isArray(body.locales) ? body.locales : states.filter((r) => r.state === 'missing').map((r) => r.locale)
      const invalid = requested.filter((l) => !isLocale(l) || !states.some((r) => r.locale === l) || l === source)
      if (invalid.length) return error(400, `Not a language of this town to translate into: ${invalid.join(', ')}.`)
      const targets = requested.filter(isLocale)
      // A person's translation is never replaced by a machine's unless asked for explicitly.
      const human = targets.filter((l) => !['missing', 'machine'].includes(states.find((r) => r.locale === l)?.state ?? ''))
      if (human.length && body.overwrite !== true) return error(409, `These languages have a translation by a person: ${human.join(', ')}. Send "overwrite": true to replace it.`)
      const paths = localizedTextPaths(req.payload.collections[slug].config.fields)
      const results: Record<string, string> = {}
      let expectedVersion = doc.updatedAt
      for (const target of targets) {
        if (!translator.supports(source, target)) {
          results[target] = `${translator.name} cannot translate into this language.`
          continue
        }
        try {
          const data: Record<string, unknown> = {}
          for (const p of paths) {
            const value = valueInLocale(doc, p.path, source)
            if (value === null || value === undefined || value === '') continue
            if (p.kind === 'richText') {
              const segments = lexicalSegments(value)
              setAt(data, p.path, replaceLexicalSegments(value, await translator.translate(segments, source, target)))
            } else {
              setAt(data, p.path, (await translator.translate([String(value)], source, target))[0])
            }
          }
          // Someone may have saved while the service translated: never publish what was not read here.
          const latest = await req.payload.findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req, select: { updatedAt: true } })
          if (latest?.updatedAt !== expectedVersion) {
            results[target] = 'The document was changed meanwhile; nothing was saved for this language. Please try again.'
            continue
          }
          const saved = await req.payload.update({
            collection: slug,
            id,
            locale: target,
            // Texts at the collection's own text paths (localizedTextPaths): Payload validates them as any input.
            data: data as Partial<RequiredDataFromCollectionSlug<TrackedSlug>>,
            // A published document gets the translation published; a draft stays a draft.
            draft: '_status' in doc && doc._status !== undefined && doc._status !== 'published',
            overrideAccess: false,
            user: req.user,
            req,
            context: { machineTranslated: true },
          })
          expectedVersion = saved.updatedAt
          results[target] = 'translated'
          crashPoint('translation')
        } catch (e) {
          results[target] = e instanceof Error ? e.message : 'failed'
        }
      }
      const failed = Object.values(results).some((r) => r !== 'translated')
      return Response.json({ message: failed ? 'Some languages could not be translated.' : 'Machine translation saved (unreviewed).', results }, { status: failed ? 207 : 200 })
    },
  }
}
