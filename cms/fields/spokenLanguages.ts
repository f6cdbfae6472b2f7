import type { Field } from 'payload'
import { SPOKEN_LANGUAGES } from '@shared/languages'

/** The languages someone can be served in (ISO 639 codes), which are not the website's languages. */
export function spokenLanguagesField(description: string): Field {
  return {
    name: 'languages',
    type: 'select',
    hasMany: true,
    index: true,
    options: SPOKEN_LANGUAGES.map((l) => ({ value: l.code, label: `${l.german} / ${l.english} (${l.code})` })),
    admin: { description },
  }
}
