import { contrastRatio, MIN_CONTRAST, parseHex } from '@shared/color'

export function validateBrandColor(value: string | null | undefined): string | true {
  if (!value) return true
  if (!parseHex(value)) return 'Use a colour like #0b5394.'
  const ratio = contrastRatio(value, '#ffffff') ?? 0
  return ratio >= MIN_CONTRAST
    ? true
    : `White text on this colour has a contrast of ${ratio.toFixed(1)}:1; at least ${MIN_CONTRAST}:1 is needed. Choose a darker colour.`
}
