/** WCAG 2 relative luminance and contrast, for checking a town's colour against white text. */

function channel(value: number): number {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim())
  if (!m) return null
  return [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)]
}

export function luminance(hex: string): number | null {
  const rgb = parseHex(hex)
  if (!rgb) return null
  const [r, g, b] = rgb.map(channel) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: string, b: string): number | null {
  const la = luminance(a)
  const lb = luminance(b)
  if (la === null || lb === null) return null
  const [hi, lo] = la > lb ? [la, lb] : [lb, la]
  return (hi + 0.05) / (lo + 0.05)
}

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5

/** The colour when it carries white text legibly, else the safe default. */
export function accessibleBrandColor(hex: string | null | undefined, fallback = '#0b5394'): string {
  if (!hex) return fallback
  const ratio = contrastRatio(hex, '#ffffff')
  return ratio !== null && ratio >= MIN_CONTRAST ? hex.toLowerCase() : fallback
}
