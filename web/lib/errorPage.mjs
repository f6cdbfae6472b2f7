// The portal's own error answers, made by web/server.mjs without the app: when the database
// cannot be used, the town's frame (its name, colours, menu) cannot be read either, so the
// reader gets a plain page in their language, with the request's id to quote to support.
import fs from 'node:fs'
import path from 'node:path'

/**
 * Where the server puts the request's id into an error page the app rendered: the portal's
 * error boundary shows `Error.reference` with this in place of the id (the layout fills it in;
 * the app cannot know the id, which the server gives). Letters and dashes only, so that no
 * escaping changes it.
 */
export const REQUEST_ID_SLOT = 'REQUEST-ID-SLOT-9c1e'

/** The right-to-left locales of shared/locales.ts (a unit test keeps the two lists equal). */
export const RTL_LOCALES = new Set(['ar', 'fa', 'ps'])

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Reads the error texts of every locale in `dir` (locales/*.json): { [code]: { title, body, retry, reference, unavailableTitle, unavailableBody, portalName } }. */
export function loadErrorTexts(dir) {
  const texts = {}
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const messages = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
    texts[file.slice(0, -'.json'.length)] = { ...messages.Error, portalName: messages.Meta?.portalName ?? '' }
  }
  return texts
}

/** The locale of a portal address (its first segment), else `fallback`. */
export function localeOfPath(url, texts, fallback = 'de') {
  const first = (url ?? '/').split(/[?#]/)[0].split('/')[1] ?? ''
  return Object.hasOwn(texts, first) ? first : fallback
}

/**
 * A complete, self-contained HTML error page: 503 says "briefly unavailable, try again in a
 * minute", anything else "something went wrong"; both show the request's id. A retry link to
 * the same address works without JavaScript (the page has none).
 */
export function errorPage({ status, locale, texts, requestId }) {
  const t = texts[locale]
  const title = status === 503 ? t.unavailableTitle : t.title
  const body = status === 503 ? t.unavailableBody : t.body
  const dir = RTL_LOCALES.has(locale) ? 'rtl' : 'ltr'
  // The id stays left-to-right inside right-to-left text.
  const reference = escape(t.reference).replace('{id}', `<bdi dir="ltr"><code>${escape(requestId)}</code></bdi>`)
  return `<!DOCTYPE html>
<html lang="${escape(locale)}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(title)} – ${escape(t.portalName)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1.5rem;color:#1b1b1b}a{color:#0b5394}</style></head>
<body><main id="main"><p>${escape(t.portalName)}</p><h1>${escape(title)}</h1><p>${escape(body)}</p><p><a href="">${escape(t.retry)}</a></p><p>${reference}</p></main></body></html>
`
}

/** The same message as plain text, for feeds, calendars and CSV downloads that fail. */
export function errorText({ status, locale, texts, requestId }) {
  const t = texts[locale]
  return `${status === 503 ? t.unavailableBody : t.body}\n${t.reference.replace('{id}', requestId)}\n`
}

/** Seconds a client should wait before trying again; the same as shared/databaseUnavailable.ts (a unit test checks). */
export const RETRY_AFTER_SECONDS = 30
