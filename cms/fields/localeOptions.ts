import { LOCALES } from '@shared/locales'

/**
 * The portal's languages as select options, each named in itself with its code ("العربية (ar)"):
 * an endonym reads the same to every admin user, and is how speakers recognise their language,
 * so these labels are deliberately not translated.
 */
export const LOCALE_OPTIONS = LOCALES.map((l) => ({ value: l.code, label: `${l.endonym} (${l.code})` }))
