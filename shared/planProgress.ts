/**
 * Progress of measures: a measure with sub-measures reports the weighted mean of its
 * children's progress (as Decidim's accountability module does), recursively; a leaf
 * reports its own. Dropped sub-measures do not count.
 */
export interface ProgressNode {
  id: string
  parent: string | null
  progress: number | null
  weight: number | null
  status?: string | null
}

const clamp = (n: number) => Math.min(100, Math.max(0, n))

export function rollUpProgress(nodes: ProgressNode[]): Map<string, number> {
  const children = new Map<string, ProgressNode[]>()
  for (const n of nodes) if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n])
  const result = new Map<string, number>()
  const visiting = new Set<string>()
  const progressOf = (node: ProgressNode): number => {
    const known = result.get(node.id)
    if (known !== undefined) return known
    // A cycle cannot be saved (noCycles), but data from elsewhere might have one: stop there.
    if (visiting.has(node.id)) return clamp(node.progress ?? 0)
    visiting.add(node.id)
    const kids = (children.get(node.id) ?? []).filter((c) => c.status !== 'dropped')
    const totalWeight = kids.reduce((sum, c) => sum + Math.max(0, c.weight ?? 1), 0)
    const value = kids.length && totalWeight > 0 ? kids.reduce((sum, c) => sum + progressOf(c) * Math.max(0, c.weight ?? 1), 0) / totalWeight : clamp(node.progress ?? 0)
    visiting.delete(node.id)
    const rounded = Math.round(value * 10) / 10
    result.set(node.id, rounded)
    return rounded
  }
  for (const n of nodes) progressOf(n)
  return result
}

/** The mean progress of a set of measures (an action field), ignoring dropped ones; null if none. */
export function meanProgress(values: { progress: number; status?: string | null }[]): number | null {
  const counted = values.filter((v) => v.status !== 'dropped')
  if (!counted.length) return null
  return Math.round((counted.reduce((s, v) => s + v.progress, 0) / counted.length) * 10) / 10
}
