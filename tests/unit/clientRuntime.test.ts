import { withoutClientRuntime } from '@web/lib/clientRuntime.mjs'

// The shape of a page as Next.js 16 (Turbopack) renders it, cut down.
const page = (body: string) =>
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="n" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" nonce="n" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/c.js" async="" nonce="n"></script>' +
  '<title>Willkommen</title>' +
  '<script src="/_next/static/chunks/polyfill.js" noModule="" nonce="n"></script></head><body>' +
  body +
  '<script nonce="n" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/b.js"]})</script>' +
  '<script src="/_next/static/chunks/b.js" nonce="n" async=""></script>' +
  '<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script nonce="n">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' +
  '</body></html>'

test('drops the bundles, their preloads, the hydration payload and the chunk list', () => {
  const out = withoutClientRuntime(page('<main><h1>مرحبا</h1></main>'))
  expect(out).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js/)
  expect(out).not.toContain('__next_f')
  expect(out).not.toContain('TURBOPACK')
  expect(out).not.toContain('<script')
  // Styles, text and document stay.
  expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"')
  expect(out).toContain('<title>Willkommen</title>')
  expect(out).toContain('<main><h1>مرحبا</h1></main>')
  expect(out.endsWith('</body></html>')).toBe(true)
})

test('keeps structured data and the portal’s own scripts', () => {
  const jsonLd = '<script type="application/ld+json">{"@type":"GovernmentService","name":"self.__next_f"}</script>'
  const own = '<script src="/portal/near-me.js" defer="" nonce="n"></script>'
  const out = withoutClientRuntime(page(`<main>${jsonLd}${own}</main>`))
  expect(out).toContain(jsonLd)
  expect(out).toContain(own)
})

test('follows Next.js to an asset prefix or base path, and leaves other /_next/ addresses alone', () => {
  const prefixed = page('<main>x</main>').replaceAll('"/_next/', '"https://cdn.example.org/_next/')
  const out = withoutClientRuntime(prefixed, { assetPrefix: 'https://cdn.example.org' })
  expect(out).not.toContain('<script')
  expect(out).toContain('<link rel="stylesheet" href="https://cdn.example.org/_next/static/chunks/a.css"')
  const based = withoutClientRuntime(page('<main>x</main>').replaceAll('"/_next/', '"/portal/_next/'), { basePath: '/portal' })
  expect(based).not.toContain('<script')
  // Without the prefix the bundles are not Next's files of this build: they stay.
  expect(withoutClientRuntime(prefixed)).toContain('<script src="https://cdn.example.org/_next/static/chunks/c.js"')
})

test('reads markup, not text: a script tag inside an attribute or a comment is no script', () => {
  const tricky = '<main><a title="<script src=/_next/x.js></script>">a</a><!-- <script>self.__next_f</script> --><p>&lt;script&gt;</p></main>'
  const out = withoutClientRuntime(page(tricky))
  expect(out).toContain(tricky)
})

test('an upper-case or spaced-out tag is still found', () => {
  const out = withoutClientRuntime('<html><body><main>x</main><SCRIPT  nonce="n" >self.__next_f.push([1])</SCRIPT ></body></html>')
  expect(out).toBe('<html><body><main>x</main></body></html>')
  // The preload right after such an end tag goes too (the parser used before kept it: its index was one short there).
  expect(withoutClientRuntime('<main>x</main><SCRIPT nonce="n" >x</SCRIPT ><link rel="modulepreload" href="/_next/c.js"><p>y</p>')).toBe('<main>x</main><p>y</p>')
})

test('the bytes of an answer are cut exactly as its text: multi-byte characters anywhere, a non-ASCII base path', () => {
  const arabic = 'مرحبا بكم في المدينة – ليس 🚀'
  const pages: [string, { basePath?: string; assetPrefix?: string }][] = [
    [page(`<main><h1>${arabic}</h1><a title="${arabic}">ü</a></main>`), {}],
    [page(`<main>${arabic}<script type="application/ld+json">{"name":"${arabic}"}</script></main>`).replace('push([0])', `push(["${arabic}"])`), {}],
    [page(`<main>${arabic}</main>`).replaceAll('"/_next/', '"/bürgerportal/_next/'), { basePath: '/bürgerportal' }],
    ['<html><body><main>ä</main><SCRIPT  nonce="n" >self.__next_f.push(["ö"])</SCRIPT ><p>ß</p></body></html>', {}],
  ]
  for (const [html, options] of pages) {
    const asText = withoutClientRuntime(html, options)
    expect(asText).not.toContain('<script nonce')
    expect(withoutClientRuntime(Buffer.from(html, 'utf8'), options).toString('utf8')).toBe(asText)
  }
  // A page with nothing to cut comes back as it was.
  const plain = Buffer.from(`<html><body>${arabic}</body></html>`, 'utf8')
  expect(withoutClientRuntime(plain)).toBe(plain)
})
