import { lexicalSegments, replaceLexicalSegments } from '@shared/lexicalTranslate'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, detail: 0, format, mode: 'normal', style: '', text: value })

function sampleDoc() {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        { type: 'heading', tag: 'h2', version: 1, children: [text('Beratung')] },
        {
          type: 'paragraph',
          version: 1,
          textFormat: 0,
          children: [
            text('Termine gibt es '),
            text('dienstags', 1),
            text(' '),
            { type: 'linebreak', version: 1 },
            {
              type: 'link',
              version: 3,
              fields: { url: 'https://example.org/termine', newTab: true, linkType: 'custom' },
              children: [text('hier', 2)],
            },
            { type: 'tab', version: 1, text: '\t', format: 0 },
          ],
        },
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          version: 1,
          children: [
            { type: 'listitem', value: 1, version: 1, children: [text('Deutschkurs')] },
            {
              type: 'listitem',
              value: 2,
              version: 1,
              children: [{ type: 'list', listType: 'number', tag: 'ol', children: [{ type: 'listitem', value: 1, children: [text('Stufe A1')] }] }],
            },
          ],
        },
        { type: 'upload', relationTo: 'media', value: 'm1', fields: { alt: { type: 'text', text: 'not prose' } } },
      ],
    },
  }
}

/** The document with every text node's text blanked, to compare structure alone. */
function shape(doc: unknown): unknown {
  return JSON.parse(JSON.stringify(doc), (key, value: unknown) => (key === 'text' ? '' : value))
}

describe('lexicalSegments', () => {
  test('lists text nodes in document order, through links and nested lists', () => {
    expect(lexicalSegments(sampleDoc())).toEqual(['Beratung', 'Termine gibt es ', 'dienstags', ' ', 'hier', 'Deutschkurs', 'Stufe A1'])
  })

  test('tolerates empty and foreign input', () => {
    expect(lexicalSegments(null)).toEqual([])
    expect(lexicalSegments('Hallo')).toEqual([])
    expect(lexicalSegments({ root: { type: 'root', children: [] } })).toEqual([])
    expect(lexicalSegments(sampleDoc().root)).toHaveLength(7)
  })
})

describe('replaceLexicalSegments', () => {
  test('round trip: only the texts change', () => {
    const doc = sampleDoc()
    const translated = replaceLexicalSegments(doc, lexicalSegments(doc).map((s) => s.toUpperCase()))
    expect(lexicalSegments(translated)).toEqual(['BERATUNG', 'TERMINE GIBT ES ', 'DIENSTAGS', ' ', 'HIER', 'DEUTSCHKURS', 'STUFE A1'])
    expect(shape(translated)).toEqual(shape(doc))
    const paragraph = (translated as ReturnType<typeof sampleDoc>).root.children[1] as { children: Array<Record<string, unknown>> }
    expect(paragraph.children[1]).toMatchObject({ text: 'DIENSTAGS', format: 1 })
    expect(paragraph.children[4]).toMatchObject({ fields: { url: 'https://example.org/termine', newTab: true } })
    expect(paragraph.children[5]).toMatchObject({ type: 'tab', text: '\t' })
  })

  test('the original is not mutated', () => {
    const doc = sampleDoc()
    const before = JSON.stringify(doc)
    const copy = replaceLexicalSegments(doc, lexicalSegments(doc).map(() => 'x'))
    expect(JSON.stringify(doc)).toBe(before)
    expect(copy).not.toBe(doc)
  })

  test('a wrong number of texts throws', () => {
    const doc = sampleDoc()
    expect(() => replaceLexicalSegments(doc, ['eins'])).toThrow(/7 text segments but 1/)
    expect(() => replaceLexicalSegments(doc, [...lexicalSegments(doc), 'extra'])).toThrow()
    expect(replaceLexicalSegments(null, [])).toBeNull()
  })
})
