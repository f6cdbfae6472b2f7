/**
 * Machine translation of Lexical rich text works on the text nodes alone: the service sees
 * plain strings, and formats, links, headings and lists survive because the document's
 * structure is never sent. Both functions walk the same nodes in the same order, which is
 * what lets a list of translations be put back.
 */

interface TextNode {
  type: 'text'
  text: string
}

/**
 * Only `type: 'text'` counts: tabs and code highlights also carry `text` but must not be
 * translated, and `fields` (link targets, blocks, uploads) is configuration, not prose.
 */
function forEachTextNode(doc: unknown, visit: (node: TextNode) => void): void {
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: unknown; text?: unknown; children?: unknown }
    if (n.type === 'text' && typeof n.text === 'string') visit(n as TextNode)
    if (Array.isArray(n.children)) n.children.forEach(walk)
  }
  if (doc && typeof doc === 'object' && 'root' in doc) walk((doc as { root: unknown }).root)
  else walk(doc)
}

/** The text of every text node, in document order (the segments to translate). */
export function lexicalSegments(doc: unknown): string[] {
  const out: string[] = []
  forEachTextNode(doc, (node) => out.push(node.text))
  return out
}

/**
 * A deep copy of the document with the text nodes replaced, in the same order; the
 * structure, formats, links and other node fields stay as they are. Throws if the count
 * differs. Whitespace-only nodes are segments like any other, so they are replaced too
 * (the translation providers hand them back unchanged).
 */
export function replaceLexicalSegments(doc: unknown, texts: string[]): unknown {
  const expected = lexicalSegments(doc).length
  if (texts.length !== expected) {
    throw new Error(`The document has ${expected} text segments but ${texts.length} translations were given.`)
  }
  const copy: unknown = structuredClone(doc)
  let i = 0
  forEachTextNode(copy, (node) => {
    node.text = texts[i++] ?? node.text
  })
  return copy
}
