import { cache } from 'react'
import { payloadClient } from './payload'

type Localized<T> = Partial<Record<string, T | null>>

export interface Person {
  name?: string | null
  email?: string | null
  phone?: string | null
  address?: string | null
  website?: string | null
}

export interface MediaFile {
  url?: string | null
  mimeType?: string | null
}

export interface TownAccessibility {
  conformance: 'full' | 'partial' | 'none'
  nonAccessible: Localized<unknown>
  statementDate: string | null
  method: 'self-assessment' | 'external'
  contact: Person
  enforcement: Person
  easyGerman: unknown
  video: MediaFile | null
  captions: MediaFile | null
  poster: MediaFile | null
}

const media = (value: unknown): MediaFile | null => (value && typeof value === 'object' && 'url' in value ? (value as MediaFile) : null)

/** A town's accessibility statement and the home page's easy-German and sign-language place. */
export const getTownAccessibility = cache(async (townID: string): Promise<TownAccessibility> => {
  const payload = await payloadClient()
  const doc = (await payload.findByID({
    collection: 'municipalities',
    id: townID,
    locale: 'all',
    // The video, captions and poster (media documents) with their URLs; nothing deeper.
    depth: 1,
    overrideAccess: false,
    select: { accessibility: true, easyAccess: true },
  })) as unknown as { accessibility?: Record<string, unknown>; easyAccess?: Record<string, unknown> }
  const a = doc.accessibility ?? {}
  const e = doc.easyAccess ?? {}
  const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback)
  // Read with locale 'all': non-localized fields come back as they are, localized ones per language.
  const easyGerman = e.easyGerman && typeof e.easyGerman === 'object' && 'root' in e.easyGerman ? e.easyGerman : null
  return {
    conformance: pick(a.conformance, ['full', 'partial', 'none'], 'partial'),
    nonAccessible: (a.nonAccessible as Localized<unknown>) ?? {},
    statementDate: typeof a.statementDate === 'string' ? a.statementDate : null,
    method: pick(a.method, ['self-assessment', 'external'], 'self-assessment'),
    contact: (a.contact as Person) ?? {},
    enforcement: (a.enforcement as Person) ?? {},
    easyGerman,
    video: media(e.signLanguageVideo),
    captions: media(e.signLanguageCaptions),
    poster: media(e.signLanguagePoster),
  }
})
