import { en, type PortalKey } from './en'

/**
 * Whether a computed key exists. Kept apart from `translate.ts`, which the admin's client
 * components import: this needs the English texts as a value, they need only the key type.
 */
export function isPortalKey(key: string): key is PortalKey {
  return Object.hasOwn(en, key)
}
