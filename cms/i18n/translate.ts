import type { TFunction } from '@payloadcms/translations'
import type { PortalKey } from './en'

/** The plugin's namespace in Payload's translations: `portal:<key>`. */
export const NAMESPACE = 'portal'

/**
 * The plugin's words through Payload's `t`. Payload types `t` for its own keys only; a wider
 * key type is the documented way to reach custom namespaces (docs: configuration/i18n).
 */
export function translate<K extends string>(t: TFunction<K>, key: PortalKey, vars?: Record<string, string | number>): string {
  return (t as TFunction<string>)(`${NAMESPACE}:${key}`, vars)
}

/**
 * A label, description or option label in the admin user's language: fits Payload's LabelFunction
 * and its description functions (which get `t` only).
 */
export function tr(key: PortalKey): (args: { t: TFunction }) => string {
  return ({ t }) => translate(t, key)
}

/**
 * `translate` bound to one `t`, for the plugin's components: `const t = portalText(i18n.t)`. Takes
 * the admin client's `t` too, which Payload types for a smaller set of its own keys.
 */
export function portalText<K extends string>(t: TFunction<K>): (key: PortalKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => translate(t, key, vars)
}

export type PortalText = ReturnType<typeof portalText<string>>
