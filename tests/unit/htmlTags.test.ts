import { Parser } from 'htmlparser2'
import { withoutClientRuntime } from '@web/lib/clientRuntime.mjs'
import { scanTags } from '@web/lib/htmlTags.mjs'

/** The tags scanTags finds, as `<name` / `</name` with their attributes, and the text each spans. */
function tagsOf(html: string) {
  const found: string[] = []
  scanTags(html, (tag) => found.push(`${tag.end ? '/' : ''}${tag.name}${tag.attributes.map((a) => ` ${a.name}=${a.value}`).join('')} [${html.slice(tag.start, tag.stop)}]`))
  return found
}

describe('scanTags: the HTML standard’s tokenizer, as far as tags go', () => {
  test('start and end tags, any case, with quoted, unquoted and empty attributes', () => {
    expect(tagsOf('<P CLASS="a b" id=x hidden data-x=\'1\'>t</P >')).toEqual([
      'p class=a b id=x hidden= data-x=1 [<P CLASS="a b" id=x hidden data-x=\'1\'>]',
      '/p [</P >]',
    ])
  })

  test('a quoted value may hold > and <script>; an unquoted one ends at a space or >', () => {
    expect(tagsOf('<a title="x > <script>y</script>" href=/p?a=1&b=2>z</a>')).toEqual([
      'a title=x > <script>y</script> href=/p?a=1&b=2 [<a title="x > <script>y</script>" href=/p?a=1&b=2>]',
      '/a [</a>]',
    ])
  })

  test('comments, also the empty ones the standard closes early, CDATA, doctypes and processing instructions hold no tags', () => {
    expect(tagsOf('<!DOCTYPE html><!-- <b> --><!--><i><!---><u><![CDATA[<s>]]><?xml <q>?><em>')).toEqual(['i [<i>]', 'u [<u>]', 'em [<em>]'])
    expect(tagsOf('<!-- never closed <b>')).toEqual([])
  })

  test('text-content elements hold no tags up to their own end tag, in any case, followed by a space, / or >', () => {
    const html = '<script>if (a<b) x("</scripts>", "<p>")</script ><style>p{}</STYLE><title><b></title><textarea></textarea/><xmp><i></xmp>'
    expect(tagsOf(html).map((t) => t.split(' [')[0])).toEqual(['script', '/script', 'style', '/style', 'title', '/title', 'textarea', '/textarea', 'xmp', '/xmp'])
    expect(tagsOf('<script>a</script')).toEqual(['script [<script>]', '/script [</script]'])
  })

  test('a < that opens no tag is text; </> is dropped; </ before another character is a bogus comment', () => {
    expect(tagsOf('a < b <1> </> </ x> <3 <b>')).toEqual(['b [<b>]'])
  })

  test('a tag cut off by the end of the document runs to the end', () => {
    expect(tagsOf('<a href="x')).toEqual(['a href=x [<a href="x]'])
  })
})

/**
 * The cut as it was made with htmlparser2's parser (before the scanner): the oracle the scanner
 * must agree with on every document both read the same way.
 */
function cutWithParser(html: string): string {
  const cuts: [number, number][] = []
  let open: { start: number; cut: boolean } | null = null
  const tagEnd = (from: number) => {
    const close = html.indexOf('>', from)
    return close === -1 ? html.length : close + 1
  }
  // After an end tag with a space (`</SCRIPT >`) htmlparser2's next start index is one short (on
  // the `>`): the old cut then kept a preload that followed; the tag starts at the next `<`.
  const tagStart = () => html.indexOf('<', parser.startIndex)
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script') {
          const type = (attribs.type ?? '').trim().toLowerCase()
          open = { start: tagStart(), cut: attribs.src !== undefined ? attribs.src.startsWith('/_next/') : type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript' }
          return
        }
        const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/)
        if (name === 'link' && (rel.includes('preload') || rel.includes('modulepreload')) && (attribs.href ?? '').startsWith('/_next/') && (attribs.as === 'script' || rel.includes('modulepreload'))) cuts.push([tagStart(), tagEnd(parser.endIndex)])
      },
      onclosetag(name) {
        if (name !== 'script' || !open) return
        if (open.cut) cuts.push([open.start, tagEnd(parser.endIndex)])
        open = null
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)
  let out = ''
  let at = 0
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    out += html.slice(at, start)
    at = end
  }
  return out + html.slice(at)
}

test('the runtime is cut as the full parser cut it, on generated pages of every kind of markup', () => {
  let seed = 11
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
  const pieces = [
    'Text mit ä, ß und العربية ',
    '<p class="x">a</p>',
    '<a title="<script src=/_next/x.js></script>" href=/p>b</a>',
    '<!-- <script>self.__next_f</script> -->',
    '<script>self.__next_f.push([1,"<\\/script> \\u003cb>"])</script>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<SCRIPT  nonce="n" >x</SCRIPT >',
    '<script type="application/ld+json">{"a":"</scripts>"}</script>',
    '<script src="/portal/near-me.js" defer></script>',
    '<script src="/_next/static/chunks/&#x61;.js"></script>',
    '<script src=&quot;/_next/x.js></script>',
    '<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js">',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css">',
    '<link rel="PRELOAD" as="script" href="/elsewhere/b.js">',
    '<style>p > a { content: "<script>" }</style>',
    '<textarea><script>no</script></textarea>',
    '<svg viewBox="0 0 1 1"><title>Karte</title><circle r="1"/></svg>',
    '<br/><img alt="a>b" src=x>',
    '<!DOCTYPE html>',
    '<p data-x=\'<link rel="preload" as="script" href="/_next/z.js">\'>q</p>',
  ]
  for (let page = 0; page < 400; page++) {
    const html = `<html><head>${Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(pieces)).join('')}</head><body>${Array.from({ length: Math.floor(random() * 14) }, () => pick(pieces)).join('')}</body></html>`
    const expected = cutWithParser(html)
    expect({ html, cut: withoutClientRuntime(html) }).toEqual({ html, cut: expected })
    expect(withoutClientRuntime(Buffer.from(html, 'utf8')).toString('utf8')).toBe(expected)
  }
})
