/**
 * A map's scale bar: the longest "round" distance (1, 2 or 5 times a power of ten metres)
 * that fits in `maxPx` drawn pixels, with its label in metres or kilometres.
 */
export function scaleBar(metresPerPx: number, maxPx: number): { metres: number; px: number; label: string } | null {
  if (!(metresPerPx > 0) || !(maxPx > 0) || !Number.isFinite(metresPerPx)) return null
  const max = metresPerPx * maxPx
  const power = 10 ** Math.floor(Math.log10(max))
  const metres = [5, 2, 1].map((m) => m * power).find((d) => d <= max) ?? power
  return { metres, px: metres / metresPerPx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` }
}
