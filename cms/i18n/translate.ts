import type { TFunction } from '@payloadcms/translations'
import { en, type PortalKey } from './en'

/** The plugin's namespace in Payload's translations: `portal:<key>`. */
export const NAMESPACE = 'portal'

export function isPortalKey(key: string): key is PortalKey {
  return Object.hasOwn(en, key)
}

/**
 * The plugin's words through Payload's `t`. Payload types `t` for its own keys only; a wider
 * key type is the documented way to reach custom namespaces (docs: configuration/i18n).
 */
export function translate(t: TFunction, key: PortalKey, vars?: Record<string, string | number>): string {
  return (t as TFunction<string>)(`${NAMESPACE}:${key}`, vars)
}

/**
 * A label, description or option label in the admin user's language: fits Payload's LabelFunction
 * and its description functions (which get `t` only).
 */
export function tr(key: PortalKey): (args: { t: TFunction }) => string {
  return ({ t }) => translate(t, key)
}
