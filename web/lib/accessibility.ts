import { cache } from 'react'
import type { Media, Municipality } from '@cms/payload-types'
import { payloadClient } from './payload'

type Statement = NonNullable<Municipality['accessibility']>

/** A body to contact: the statement's feedback contact or enforcement body, or the town's office. */
export interface Person {
  name?: string | null
  email?: string | null
  phone?: string | null
  address?: string | null
  website?: string | null
}

export interface TownAccessibility {
  conformance: NonNullable<Statement['conformance']>
  /** Rich text, read in all languages (pass to `LocalizedRichText`). */
  nonAccessible: Statement['nonAccessible']
  statementDate: string | null
  method: NonNullable<Statement['method']>
  contact: Person
  enforcement: Person
  /** Rich text in easy German (not translated). */
  easyGerman: NonNullable<Municipality['easyAccess']>['easyGerman']
  video: Media | null
  captions: Media | null
  poster: Media | null
}

/** A media document read with depth 1; an ID means the public may not read it. */
const media = (value: string | Media | null | undefined): Media | null => (value && typeof value === 'object' ? value : null)

/** A town's accessibility statement and the home page's easy-German and sign-language place. */
export const getTownAccessibility = cache(async (townID: string): Promise<TownAccessibility> => {
  const payload = await payloadClient()
  const doc = await payload.findByID({
    collection: 'municipalities',
    id: townID,
    locale: 'all',
    // The video, captions and poster (media documents) with their URLs; nothing deeper.
    depth: 1,
    overrideAccess: false,
    select: { accessibility: true, easyAccess: true },
  })
  const a = doc.accessibility ?? {}
  const e = doc.easyAccess ?? {}
  // Read with locale 'all': non-localized fields come back as they are, localized ones per language.
  return {
    conformance: a.conformance ?? 'partial',
    nonAccessible: a.nonAccessible ?? null,
    statementDate: a.statementDate ?? null,
    method: a.method ?? 'self-assessment',
    contact: a.contact ?? {},
    enforcement: a.enforcement ?? {},
    easyGerman: e.easyGerman && 'root' in e.easyGerman ? e.easyGerman : null,
    video: media(e.signLanguageVideo),
    captions: media(e.signLanguageCaptions),
    poster: media(e.signLanguagePoster),
  }
})
