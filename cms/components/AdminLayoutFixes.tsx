/**
 * Corrections to Payload's own layout where it breaks on a phone or in a right-to-left admin
 * (found in the provider walk of issue #15, measured at 390 px in German and Arabic). Rendered
 * once in the admin's header slot, so every screen has them.
 */
const CSS = `
/* Phones: a document's breadcrumb (with its long title) pushed the language menu and the account
   button out of the screen, and the whole page scrolled sideways. The breadcrumb gives way. */
@media (max-width: 768px) {
  .app-header__step-nav-wrapper { min-width: 0; overflow: hidden; }
  .app-header__actions-wrapper { flex-shrink: 0; }
}
/* The rich-text editor parks its hidden pop-ups 10000 px to the left. In a right-to-left page
   the left is where the page scrolls to, so an Arabic or Persian form became 10000 px wide, blank
   when swiped. Parked to the right instead, they stay out of reach as in a left-to-right page. */
[dir='rtl'] [style*='translate(-10000px'] { transform: translate(10000px, -10000px) !important; }
`

export function AdminLayoutFixes() {
  return <style data-admin-layout-fixes="">{CSS}</style>
}
