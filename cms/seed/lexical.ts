/** Minimal Lexical documents for seeded rich text. */

const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (value: string) => ({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(value)] })
type Node = { type: string; version: number; [key: string]: unknown }
const root = (children: Node[]) => ({ root: { ...base, type: 'root', children } })

/** One paragraph per string. */
export function richText(...paragraphs: string[]) {
  return root(paragraphs.map(paragraph))
}

/**
 * A small text format for seeded guides: blocks separated by blank lines; "## " starts a
 * heading, lines starting with "- " make a bullet list, anything else is a paragraph.
 */
export function richTextFromBlocks(source: string): ReturnType<typeof root> {
  const blocks = source
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  return root(
    blocks.flatMap((block): Node[] => {
      if (block.startsWith('## ')) {
        const [heading = '', ...rest] = block.split('\n')
        const h = { ...base, type: 'heading', tag: 'h2', children: [text(heading.slice(3).trim())] }
        return rest.length ? [h, ...richTextFromBlocks(rest.join('\n')).root.children] : [h]
      }
      const lines = block.split('\n').map((l) => l.trim())
      if (lines.every((l) => l.startsWith('- '))) {
        return [
          {
            ...base,
            type: 'list',
            listType: 'bullet',
            start: 1,
            tag: 'ul',
            children: lines.map((l, i) => ({ ...base, type: 'listitem', value: i + 1, children: [text(l.slice(2))] })),
          },
        ]
      }
      return [paragraph(lines.join(' '))]
    }),
  )
}
