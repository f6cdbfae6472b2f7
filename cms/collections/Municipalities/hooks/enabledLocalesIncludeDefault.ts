import type { CollectionBeforeValidateHook } from 'payload'

/** A town's default language is always one it offers; adding it is kinder than an error. */
export const enabledLocalesIncludeDefault: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const defaultLocale = data.defaultLocale ?? originalDoc?.defaultLocale
  const enabled: unknown = data.enabledLocales ?? originalDoc?.enabledLocales
  if (typeof defaultLocale === 'string' && Array.isArray(enabled) && !enabled.includes(defaultLocale)) {
    data.enabledLocales = [defaultLocale, ...enabled]
  }
  return data
}
