import type { Translator } from '@web/lib/sentence'

/**
 * The sentences said so far in this request, by translator (next-intl makes one per request and
 * namespace, React's request cache): the 20 cards of a directory page say the same few things
 * ("opens tomorrow at 09:00", "5 €"), and formatting a message with values is the costly part
 * of a card. Outside a request each translator is new, and nothing is shared.
 */
const said = new WeakMap<Translator, Map<string, string>>()

/** The text `make` gives, made once per request for each `key` (which must name everything the text depends on). */
export function once(t: Translator, key: string, make: () => string): string {
  let texts = said.get(t)
  if (!texts) said.set(t, (texts = new Map()))
  let text = texts.get(key)
  if (text === undefined) texts.set(key, (text = make()))
  return text
}
