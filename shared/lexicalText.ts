/** The plain text of a Lexical rich-text document (for search and summaries). */
export function lexicalToText(doc: unknown, max = 10000): string {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object' || out.join(' ').length > max) return
    const n = node as { text?: unknown; children?: unknown[]; root?: unknown }
    if (typeof n.text === 'string') out.push(n.text)
    if (n.root) walk(n.root)
    if (Array.isArray(n.children)) n.children.forEach(walk)
  }
  walk(doc)
  return out.join(' ').slice(0, max)
}
