// Plain JavaScript: the production server (web/server.mjs) runs it without a build step.
import { Parser } from 'htmlparser2'

/** The index after the `>` that ends the tag the tokenizer stopped in (the end of the page if none). */
const tagEnd = (html, from) => {
  const close = html.indexOf('>', from)
  return close === -1 ? html.length : close + 1
}

/**
 * A portal page without Next.js's client runtime. Every portal page is a server component that
 * works without JavaScript (links, GET forms, server-action forms), so the ~130 KB gz of React,
 * the router and the hydration payload (half of the HTML) buy a reader nothing but a busy
 * phone: without them a page is a third of the bytes and shows at once. Which pages keep the
 * runtime is the route table's business (shared/routes.ts `clientRuntime`); this only cuts.
 *
 * The page is read with a real HTML tokenizer, and these are cut out:
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

/** Finds the runtime's tags in `text` and returns `source` without them (`join` puts the kept parts together). */
function cutOut(text, source, nextFiles, join) {
  const cuts = []
  let open = null
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script') {
          const src = attribs.src
          const type = (attribs.type ?? '').trim().toLowerCase()
          const classic = type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript'
          open = { start: parser.startIndex, cut: src ? src.startsWith(nextFiles) : classic }
          return
        }
        if (name === 'link') {
          const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/)
          if ((rel.includes('preload') || rel.includes('modulepreload')) && (attribs.href ?? '').startsWith(nextFiles) && (attribs.as === 'script' || rel.includes('modulepreload'))) {
            cuts.push([parser.startIndex, tagEnd(text, parser.endIndex)])
          }
        }
      },
      onclosetag(name) {
        if (name === 'script' && open) {
          // The tokenizer's end may stop short of the `>` of an end tag with spaces (`</script >`).
          if (open.cut) cuts.push([open.start, tagEnd(text, parser.endIndex)])
          open = null
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(text)
  if (cuts.length === 0) return source
  const parts = []
  let at = 0
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    parts.push(source.slice(at, start))
    at = end
  }
  parts.push(source.slice(at))
  return join(parts)
}
