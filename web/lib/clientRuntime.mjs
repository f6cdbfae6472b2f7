// Plain JavaScript: the production server (web/server.mjs) runs it without a build step.

/** Put on an element that needs React in the browser (the tile map): its page keeps Next's runtime. */
export const NEEDS_RUNTIME = 'data-needs-runtime'

const BUNDLE = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g
const PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*\.js")[^>]*>/g
// Inline scripts without a type: React's hydration payload and Turbopack's chunk list. Typed
// ones (JSON-LD) and scripts of ours (with a src outside /_next/) stay.
const INLINE = /<script\b(?![^>]*\b(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g
const RUNTIME_INLINE = /^\s*(?:\(self\.__next_f\s*=|self\.__next_f\.push|\(globalThis\["TURBOPACK"\])/

/**
 * A portal page without Next.js's client runtime. Every portal page is a server component that
 * works without JavaScript (links, GET forms, server-action forms), so the ~130 KB gz of React,
 * the router and the hydration payload (half of the HTML) buy a reader nothing but a busy
 * phone: without them a page is a third of the bytes and shows at once. Pages that mark an
 * element with NEEDS_RUNTIME are left whole.
 */
export function withoutClientRuntime(html) {
  if (html.includes(NEEDS_RUNTIME)) return html
  return html
    .replace(BUNDLE, '')
    .replace(PRELOAD, '')
    .replace(INLINE, (tag, body) => (RUNTIME_INLINE.test(body) ? '' : tag))
}
