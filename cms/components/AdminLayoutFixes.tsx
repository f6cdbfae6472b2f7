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
/* The account page's section dividers (Payload's .payload-settings lines) were drawn 5 × --base
   wider than the content from the gutter: 60 px past a 390 px screen, so the page scrolled
   sideways. From gutter to gutter instead, in both directions. */
.payload-settings::before, .payload-settings::after { width: calc(100% + var(--gutter-h) * 2); }
[dir='rtl'] .payload-settings::before, [dir='rtl'] .payload-settings::after { left: auto; right: calc(var(--gutter-h) * -1); }
/* Below 1024 px Payload widens a list's table to the screen's edges by pulling it left; in a
   right-to-left page the wider box already grows to the left, so the pull put it 32 px past the
   left edge (an Arabic list scrolled sideways). Pulled right there. */
@media (max-width: 1024px) {
  [dir='rtl'] .collection-list .table { left: auto; right: calc(var(--gutter-h) * -1); padding-left: 0; padding-right: var(--gutter-h); }
}
/* Payload draws its date field's clear button (×) on read-only dates too ("Last confirmed on"),
   where pressing it emptied a date nobody may change here. Read-only means no button. */
.date-time-field.read-only .date-time-picker__clear-button { display: none; }
/* A phone number in an Arabic or Persian form read "210-368 03691" (the digit groups in right-to-left
   order): numbers, e-mail addresses and web addresses are written left to right, aligned like
   the other fields. */
[dir='rtl'] input[name='phone'], [dir='rtl'] input[name$='.phone'], [dir='rtl'] input[type='email'], [dir='rtl'] input[type='url'] { direction: ltr; text-align: right; }
/* The rich-text editor parks its hidden pop-ups 10000 px to the left. In a right-to-left page
   the left is where the page scrolls to, so an Arabic or Persian form became 10000 px wide, blank
   when swiped. Parked to the right instead, they stay out of reach as in a left-to-right page. */
[dir='rtl'] [style*='translate(-10000px'] { transform: translate(10000px, -10000px) !important; }
`

export function AdminLayoutFixes() {
  return <style data-admin-layout-fixes="">{CSS}</style>
}
