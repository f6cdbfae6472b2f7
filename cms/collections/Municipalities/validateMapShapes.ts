import type { PayloadRequest } from 'payload'
import { MAX_SHAPE_FEATURES, MAX_SHAPES_BYTES, parseTownShapes } from '@shared/townShapes'
import { translate } from '@cms/i18n/translate'

/** The outline and districts must be GeoJSON the results map can draw; else a 400 that says which rule failed. */
export function validateMapShapes(value: unknown, { req }: { req: PayloadRequest }): string | true {
  const parsed = parseTownShapes(value)
  if (parsed.ok) return true
  const vars = { feature: parsed.feature ?? 0, kb: Math.round(MAX_SHAPES_BYTES / 1000), max: MAX_SHAPE_FEATURES }
  return translate(req.t, `error.mapShapes.${parsed.problem}`, vars)
}
