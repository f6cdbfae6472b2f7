import type { PortalKey } from '@cms/i18n/en'
import { tr } from '@cms/i18n/translate'

/**
 * A select field's options: the values of a shared vocabulary (shared/vocabularies.ts, what is
 * stored), in the vocabulary's order, labelled in the admin user's language. `key` names each
 * value's translation, e.g. (v) => `option.serviceKind.${v}`: a value without one is a type error.
 */
export function selectOptions<V extends string>(values: readonly V[], key: (value: V) => PortalKey) {
  return values.map((value) => ({ value, label: tr(key(value)) }))
}
