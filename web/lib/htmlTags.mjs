// Plain JavaScript: the production server (web/server.mjs) runs it without a build step.

/**
 * Where the tags of an HTML document are, after the HTML standard's tokenizer (WHATWG HTML,
 * "Tokenization") as far as finding tags needs it: text, comments, doctypes and other markup
 * declarations, start and end tags with their attributes (a quoted value may hold `>`), and the
 * elements whose content is text up to their own end tag (`<script>`, `<style>`, …), so that a
 * `<script>` written inside a script, a comment or an attribute value is no tag.
 *
 * Why not a general HTML parser: the server finds the client runtime's tags in every page it
 * finishes, and most of a page is text and the inline hydration payload, which this steps over
 * with `indexOf` instead of reading character by character. Attribute values are handed over as
 * written (entities not decoded), with their places, for the caller to read the few it needs.
 */

/** Elements whose content is text up to `</name` (raw text, escapable raw text, and the obsolete xmp). */
const TEXT_CONTENT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes'])

const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
/** Tab, line feed, form feed, carriage return, space: what separates a tag's parts. */
const isSpace = (c) => c === 9 || c === 10 || c === 12 || c === 13 || c === 32

/**
 * Calls `onTag({ name, end, start, stop, attributes })` for every start tag and end tag, in
 * document order: `name` lower-case, `end` true for an end tag, `start` the index of its `<`,
 * `stop` the index after its `>` (the document's length for a tag cut off by the end of the
 * document), `attributes` a list of `{ name, value }` (names lower-case, values as written,
 * `''` for an attribute without a value). The document may be a string of any kind, e.g. the
 * bytes of a UTF-8 page read as Latin-1: every character this looks at is ASCII.
 */
export function scanTags(html, onTag) {
  const length = html.length
  let at = 0
  while (at < length) {
    const open = html.indexOf('<', at)
    if (open === -1 || open + 1 >= length) return
    const next = html.charCodeAt(open + 1)
    if (next === 33 /* ! */) {
      at = markupDeclarationEnd(html, open)
      continue
    }
    if (next === 63 /* ? */) {
      at = afterNext(html, '>', open + 2)
      continue
    }
    const end = next === 47 /* / */
    const nameAt = end ? open + 2 : open + 1
    if (!isLetter(html.charCodeAt(nameAt))) {
      // `</>` is dropped; `</` before anything else opens a bogus comment; `<` before anything else is text.
      at = end ? (html.charCodeAt(nameAt) === 62 ? nameAt + 1 : afterNext(html, '>', nameAt)) : open + 1
      continue
    }
    let nameEnd = nameAt + 1
    while (nameEnd < length) {
      const c = html.charCodeAt(nameEnd)
      if (isSpace(c) || c === 47 || c === 62) break
      nameEnd++
    }
    const name = html.slice(nameAt, nameEnd).toLowerCase()
    const { stop, attributes } = readAttributes(html, nameEnd)
    onTag({ name, end, start: open, stop, attributes })
    at = !end && TEXT_CONTENT.has(name) ? endTagOf(html, name, stop) : stop
  }
}

/** After `<!`: a comment (`<!--` to `-->`, `<!-->` and `<!--->` being empty ones), a CDATA section (to `]]>`), or a declaration to the next `>`. */
function markupDeclarationEnd(html, open) {
  if (html.startsWith('<!--', open)) {
    if (html.startsWith('>', open + 4)) return open + 5
    if (html.startsWith('->', open + 4)) return open + 6
    return afterNext(html, '-->', open + 4)
  }
  if (html.startsWith('[CDATA[', open + 2)) return afterNext(html, ']]>', open + 9)
  return afterNext(html, '>', open + 2)
}

/** The index after the next `text` from `from` (the document's length when there is none). */
function afterNext(html, text, from) {
  const found = html.indexOf(text, from)
  return found === -1 ? html.length : found + text.length
}

/** A tag's attributes from just after its name, and the index after the `>` that ends it. */
function readAttributes(html, from) {
  const length = html.length
  const attributes = []
  let at = from
  while (at < length) {
    let c = html.charCodeAt(at)
    if (isSpace(c) || c === 47 /* / */) {
      at++
      continue
    }
    if (c === 62 /* > */) return { stop: at + 1, attributes }
    // A name runs to a space, `/`, `>` or `=` (a first `=` belongs to the name).
    const nameAt = at
    at++
    while (at < length) {
      c = html.charCodeAt(at)
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break
      at++
    }
    const name = html.slice(nameAt, at).toLowerCase()
    while (at < length && isSpace(html.charCodeAt(at))) at++
    if (html.charCodeAt(at) !== 61 /* = */) {
      attributes.push({ name, value: '' })
      continue
    }
    at++
    while (at < length && isSpace(html.charCodeAt(at))) at++
    const quote = html.charCodeAt(at)
    if (quote === 34 || quote === 39) {
      const close = html.indexOf(quote === 34 ? '"' : "'", at + 1)
      const valueEnd = close === -1 ? length : close
      attributes.push({ name, value: html.slice(at + 1, valueEnd) })
      at = valueEnd + 1
      continue
    }
    const valueAt = at
    while (at < length) {
      c = html.charCodeAt(at)
      if (isSpace(c) || c === 62) break
      at++
    }
    attributes.push({ name, value: html.slice(valueAt, at) })
  }
  return { stop: length, attributes }
}

/** Where the end tag of a text-content element starts: `</name` (any case) followed by a space, `/` or `>`. */
function endTagOf(html, name, from) {
  const length = html.length
  let at = from
  while (at < length) {
    const open = html.indexOf('</', at)
    if (open === -1) return length
    const after = open + 2 + name.length
    if (html.slice(open + 2, after).toLowerCase() === name && (after >= length || isSpace(html.charCodeAt(after)) || html.charCodeAt(after) === 47 || html.charCodeAt(after) === 62)) return open
    at = open + 2
  }
  return length
}
