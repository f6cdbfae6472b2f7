/**
 * The review's tables (`.review-table`) on a phone, where three or four columns leave a few
 * letters per line or run past the screen: each row becomes a block, each cell a line headed by
 * its column's name (data-label); the header row stays for screen readers. Long words and
 * addresses break instead of overflowing.
 */
export const REVIEW_TABLE_PHONE_LAYOUT = `
.review-table th, .review-table td { overflow-wrap: anywhere; }
@media (max-width: 640px) {
  .review-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .review-table tr { display: block; border-bottom: 1px solid var(--theme-elevation-150); }
  .review-table tbody th, .review-table td { display: block; border-bottom: 0 !important; }
  .review-table td[data-label]::before { content: attr(data-label); display: block; font-size: 0.85em; font-weight: 600; }
}`
