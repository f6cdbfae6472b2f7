import { NEEDS_RUNTIME, withoutClientRuntime } from '@web/lib/clientRuntime.mjs'

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

test('leaves a page whole when an element needs React in the browser', () => {
  const html = page(`<div class="tile-map" ${NEEDS_RUNTIME}=""></div>`)
  expect(withoutClientRuntime(html)).toBe(html)
})
