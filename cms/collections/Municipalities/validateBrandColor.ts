import { contrastRatio, MIN_CONTRAST, parseHex } from '@shared/color'
import type { PayloadRequest } from 'payload'
import { translate } from '@cms/i18n/translate'

export function validateBrandColor(value: string | null | undefined, { req }: { req: PayloadRequest }): string | true {
  if (!value) return true
  if (!parseHex(value)) return translate(req.t, 'error.brandColor')
  const ratio = contrastRatio(value, '#ffffff') ?? 0
  return ratio >= MIN_CONTRAST
    ? true
    : translate(req.t, 'error.contrast', { ratio: ratio.toFixed(1), min: MIN_CONTRAST })
}
