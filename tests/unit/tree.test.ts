import { ancestry, childrenOf, findByPath, neighbours, pathOf } from '@shared/tree'

const nodes = [
  { id: 'root', slug: 'erste-schritte', parent: null, order: 0 },
  { id: 'b', slug: 'aufenthalt', parent: 'root', order: 2 },
  { id: 'a', slug: 'anmeldung', parent: 'root', order: 1 },
  { id: 'a1', slug: 'termin', parent: 'a', order: 0 },
  { id: 'other', slug: 'notfall', parent: null, order: 5 },
]

test('children in their order', () => {
  expect(childrenOf(nodes, 'root').map((n) => n.slug)).toEqual(['anmeldung', 'aufenthalt'])
  expect(childrenOf(nodes, null).map((n) => n.slug)).toEqual(['erste-schritte', 'notfall'])
})

test('find by path, and only by the full path', () => {
  expect(findByPath(nodes, ['erste-schritte', 'anmeldung', 'termin'])?.id).toBe('a1')
  expect(findByPath(nodes, ['anmeldung'])).toBeNull()
  expect(findByPath(nodes, ['erste-schritte', 'termin'])).toBeNull()
})

test('ancestry, path and a cycle that does not hang', () => {
  const a1 = nodes[3] as (typeof nodes)[number]
  expect(ancestry(nodes, a1).map((n) => n.id)).toEqual(['root', 'a', 'a1'])
  expect(pathOf(nodes, a1)).toBe('erste-schritte/anmeldung/termin')
  const loop = [
    { id: 'x', slug: 'x', parent: 'y', order: 0 },
    { id: 'y', slug: 'y', parent: 'x', order: 0 },
  ]
  expect(ancestry(loop, loop[0] as (typeof loop)[number]).length).toBe(2)
})

test('previous and next in reading order', () => {
  const a = nodes[2] as (typeof nodes)[number]
  expect(neighbours(nodes, a)).toEqual({ previous: nodes[0], next: nodes[3] })
  expect(neighbours(nodes, nodes[4] as (typeof nodes)[number]).next).toBeNull()
})
