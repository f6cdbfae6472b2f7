/**
 * The first `count` items of `items` in `compare` order, sorted, without sorting them all: a
 * page of 20 out of thousands of matches is a walk with a small heap (n log count comparisons
 * instead of n log n). `compare` must be a total order (no two items equal) for the answer to
 * be the same as sorting everything and taking the first `count`.
 */
export function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return []
  if (count * 4 >= items.length) return [...items].sort(compare).slice(0, count)
  // A max-heap of the best `count` so far: its root is the worst of them, the one to beat.
  const heap: T[] = []
  const worse = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) > 0
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as T, heap[i] as T])
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item
      for (let i = 0; ; ) {
        const [left, right] = [2 * i + 1, 2 * i + 2]
        let top = i
        if (left < count && worse(left, top)) top = left
        if (right < count && worse(right, top)) top = right
        if (top === i) break
        swap(i, top)
        i = top
      }
    }
  }
  return heap.sort(compare)
}
