import type { PortalKey } from './en'
import { PORTAL_TRANSLATIONS } from './index'

/**
 * A text by admin language, for the few places of Payload that take no label function
 * (`admin.group`, a job's label, plugin options): the same translations, read up front.
 */
export function inAllLanguages(key: PortalKey): Record<string, string> {
  return Object.fromEntries(Object.entries(PORTAL_TRANSLATIONS).map(([code, texts]) => [code, texts[key]]))
}
