/** A page tree (guides) from flat nodes with a parent: lookup by path, breadcrumbs, neighbours. */
export interface TreeNode {
  id: string
  slug: string
  parent: string | null
  order: number
}

function byOrder<T extends TreeNode>(a: T, b: T): number {
  return a.order - b.order || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
}

export function childrenOf<T extends TreeNode>(nodes: T[], parent: string | null): T[] {
  return nodes.filter((n) => n.parent === parent).sort(byOrder)
}

/** The node at a path of slugs from the top ("erste-schritte/anmeldung"), or null. */
export function findByPath<T extends TreeNode>(nodes: T[], path: string[]): T | null {
  let parent: string | null = null
  let found: T | null = null
  for (const slug of path) {
    found = nodes.find((n) => n.parent === parent && n.slug === slug) ?? null
    if (!found) return null
    parent = found.id
  }
  return found
}

/** From the top down to the node itself (a broken parent chain stops where it breaks). */
export function ancestry<T extends TreeNode>(nodes: T[], node: T): T[] {
  const chain: T[] = [node]
  const seen = new Set([node.id])
  let current = node
  while (current.parent) {
    const parent = nodes.find((n) => n.id === current.parent)
    if (!parent || seen.has(parent.id)) break
    chain.unshift(parent)
    seen.add(parent.id)
    current = parent
  }
  return chain
}

export function pathOf<T extends TreeNode>(nodes: T[], node: T): string {
  return ancestry(nodes, node)
    .map((n) => n.slug)
    .join('/')
}

/** The page before and after, in reading order (depth-first, by order). */
export function neighbours<T extends TreeNode>(nodes: T[], node: T): { previous: T | null; next: T | null } {
  const order: T[] = []
  const walk = (parent: string | null) => {
    for (const child of childrenOf(nodes, parent)) {
      order.push(child)
      walk(child.id)
    }
  }
  walk(null)
  const i = order.findIndex((n) => n.id === node.id)
  return { previous: i > 0 ? (order[i - 1] as T) : null, next: i >= 0 && i < order.length - 1 ? (order[i + 1] as T) : null }
}
