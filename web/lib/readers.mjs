// Plain JavaScript: the production server (web/server.mjs) runs it without a build step.

// Crawlers, link previews and monitors are not readers.
const NOT_A_READER = /bot|crawl|spider|slurp|preview|fetch|monitor|lighthouse|headless/i

/**
 * Whether a request comes from a person reading (page views count only those). Nothing about
 * the reader is looked at except the user agent's claim to be a machine and prefetch hints.
 */
export function isReader(headers) {
  const get = (name) => (typeof headers.get === 'function' ? headers.get(name) : headers[name])
  return !NOT_A_READER.test(get('user-agent') ?? '') && get('purpose') !== 'prefetch' && !get('next-router-prefetch') && get('sec-purpose') !== 'prefetch'
}
