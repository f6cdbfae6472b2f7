import type { CSSProperties } from 'react'

/**
 * The look of Payload's own text inputs (its theme variables), for the plugin's plain form
 * controls: the invitation, the password of an invited person, the review comment. Without it
 * they are the browser's bare boxes, unlike every other field on the screen.
 */
export const formControlStyle: CSSProperties = {
  width: '100%',
  minHeight: 40,
  padding: '8px 15px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
  fontFamily: 'var(--font-body)',
  fontSize: '1rem',
  lineHeight: '20px',
  boxShadow: '0 2px 2px -1px #0000001a',
}
