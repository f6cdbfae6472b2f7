// Plain JavaScript: the production server (web/server.mjs) runs it without a build step.
import { Parser } from 'htmlparser2'
import { scanTags } from './htmlTags.mjs'

/**
 * A portal page without Next.js's client runtime. Every portal page is a server component that
 * works without JavaScript (links, GET forms, server-action forms), so the ~130 KB gz of React,
 * the router and the hydration payload (half of the HTML) buy a reader nothing but a busy
 * phone: without them a page is a third of the bytes and shows at once. Which pages keep the
 * runtime is the route table's business (shared/routes.ts `clientRuntime`); this only cuts.
 *
 * The page is read by an HTML tokenizer (web/lib/htmlTags.mjs, after the HTML standard), and these
 * are cut out:
 * - scripts loaded from Next's files (`{assetPrefix}{basePath}/_next/…`) and their preloads;
 * - inline classic scripts (no `type`, or a JavaScript type): Next's hydration payload and
 *   chunk list. The portal has no inline script of its own (its policy allows none), so
 *   nothing of ours is among them.
 * Data blocks (`application/ld+json`) and scripts of ours loaded from elsewhere stay.
 */
export function withoutClientRuntime(html, { assetPrefix = '', basePath = '' } = {}) {
  if (typeof html === 'string') return cutOut(html, html, `${assetPrefix || basePath}/_next/`, (parts) => parts.join(''))
  // The answer's bytes read as Latin-1, one character a byte: every tag, attribute and quote the
  // cuts depend on is ASCII, and no byte of a multi-byte UTF-8 character is, so the cuts fall on
  // the same places as in the decoded text, and are made in the bytes: the page is neither
  // decoded nor encoded again (both together cost as much as the tokenizer).
  const nextFiles = Buffer.from(`${assetPrefix || basePath}/_next/`, 'utf8').toString('latin1')
  return cutOut(html.toString('latin1'), html, nextFiles, (parts) => Buffer.concat(parts))
}

/** The attributes a decision needs, entities decoded: read again by a full parser in the rare tag that has any. */
function attributesOf(text, tag) {
  const named = Object.create(null)
  for (const { name, value } of tag.attributes) if (!(name in named)) named[name] = value
  if (!tag.attributes.some(({ value }) => value.includes('&'))) return named
  let decoded = named
  const parser = new Parser({ onopentag: (_, attribs) => (decoded = attribs) }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
  parser.end(text.slice(tag.start, tag.stop))
  return decoded
}

/** Finds the runtime's tags in `text` and returns `source` without them (`join` puts the kept parts together). */
function cutOut(text, source, nextFiles, join) {
  const cuts = []
  let open = null
  scanTags(text, (tag) => {
    if (tag.name === 'script') {
      if (tag.end) {
        if (open?.cut) cuts.push([open.start, tag.stop])
        open = null
        return
      }
      const { src, type = '' } = attributesOf(text, tag)
      const kind = type.trim().toLowerCase()
      const classic = kind === '' || kind === 'module' || kind === 'text/javascript' || kind === 'application/javascript'
      open = { start: tag.start, cut: src !== undefined ? src.startsWith(nextFiles) : classic }
      return
    }
    if (tag.name === 'link' && !tag.end) {
      const { rel = '', href = '', as } = attributesOf(text, tag)
      const rels = rel.toLowerCase().split(/\s+/)
      if ((rels.includes('preload') || rels.includes('modulepreload')) && href.startsWith(nextFiles) && (as === 'script' || rels.includes('modulepreload'))) cuts.push([tag.start, tag.stop])
    }
  })
  // A script the document ends in goes to the end.
  if (open?.cut) cuts.push([open.start, text.length])
  if (cuts.length === 0) return source
  // The scanner meets the tags in order and a script's content holds none: the cuts come sorted and apart.
  const parts = []
  let at = 0
  for (const [start, end] of cuts) {
    parts.push(source.slice(at, start))
    at = end
  }
  parts.push(source.slice(at))
  return join(parts)
}
