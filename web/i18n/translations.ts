import { _createCache, _createIntlFormatters, createTranslator, useLocale, useMessages, useTimeZone, type AbstractIntlMessages, type Messages } from 'next-intl'
import { getLocale, getMessages, getTimeZone } from 'next-intl/server'
import { fillPlain, plainParts, type PlainParts } from '@shared/plainMessage'

/**
 * The portal's translators, made once per process instead of once per request.
 *
 * next-intl makes a new translator, and with it new message formats, for every request: each
 * sentence with a value was parsed and its plural rules and number formats were built again for
 * every answer, about a tenth of an uncached page's time. The messages of a language never change
 * while the process runs (they are files of the build), so a translator per language, time zone
 * and namespace, with formats kept for the life of the process, says exactly the same.
 *
 * Server components call these instead of next-intl's (an ESLint rule keeps it so); client
 * components keep next-intl's own hooks.
 */
/** What next-intl's `getTranslations(namespace)` returns. */
export type Translator = ReturnType<typeof createTranslator<Messages, never>>

interface LanguageCache {
  cache: ReturnType<typeof _createCache>
  formatters: ReturnType<typeof _createIntlFormatters>
  translators: Map<string, Translator>
}

/** By the language's messages (one object per language, from its module): the formats and translators made with them. */
const languages = new WeakMap<AbstractIntlMessages, LanguageCache>()

function translatorFor(locale: string, messages: AbstractIntlMessages, timeZone: string | undefined, namespace: string | undefined): Translator {
  let language = languages.get(messages)
  if (!language) {
    const cache = _createCache()
    language = { cache, formatters: _createIntlFormatters(cache), translators: new Map() }
    languages.set(messages, language)
  }
  const key = `${locale}\u0000${timeZone ?? ''}\u0000${namespace ?? ''}`
  let translator = language.translators.get(key)
  if (!translator) {
    translator = withPlainPath(createTranslator({ locale, messages, timeZone, namespace, _cache: language.cache, _formatters: language.formatters }))
    language.translators.set(key, translator)
  }
  return translator
}

/**
 * The translator with a shortcut for messages that only put text in place ("{name} – {part}",
 * shared/plainMessage.ts): use-intl builds a cache key from the message and all its formats for
 * every call, which cost more than the formatting itself. Everything else goes to use-intl as before.
 */
function withPlainPath(t: Translator): Translator {
  const plain = new Map<string, PlainParts | null>()
  const partsOf = (key: string) => {
    let parts = plain.get(key)
    if (parts === undefined) {
      const message = t.has(key) ? t.raw(key) : null
      plain.set(key, (parts = typeof message === 'string' ? plainParts(message) : null))
    }
    return parts
  }
  function translate(...args: Parameters<Translator>): string {
    const [key, values, formats] = args
    const parts = values && !formats ? partsOf(key) : null
    const text = parts && values ? fillPlain(parts, values) : null
    return typeof text === 'string' ? text : t(...args)
  }
  return Object.assign(translate, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has })
}

/** As next-intl's `getTranslations`: the request's language, or the one named. */
export async function getTranslations(namespaceOrOptions?: string | { locale?: string; namespace?: string }): Promise<Translator> {
  const options = typeof namespaceOrOptions === 'string' ? { namespace: namespaceOrOptions } : (namespaceOrOptions ?? {})
  const [locale, messages, timeZone] = await Promise.all([
    options.locale ?? getLocale(),
    getMessages(options.locale ? { locale: options.locale } : undefined),
    getTimeZone(options.locale ? { locale: options.locale } : undefined),
  ])
  return translatorFor(locale, messages, timeZone, options.namespace)
}

/** As next-intl's `useTranslations`, for server components that render synchronously. */
export function useTranslations(namespace?: string): Translator {
  return translatorFor(useLocale(), useMessages(), useTimeZone(), namespace)
}
