/**
 * A select field's options: the values of a shared vocabulary (shared/vocabularies.ts, what is
 * stored) with their admin labels in English and German, in the vocabulary's order.
 */
export function selectOptions<V extends string>(values: readonly V[], labels: Record<V, readonly [en: string, de: string]>): { value: V; label: { en: string; de: string } }[] {
  return values.map((value) => ({ value, label: { en: labels[value][0], de: labels[value][1] } }))
}
