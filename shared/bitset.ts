/**
 * A set of small non-negative integers as bits: 100,000 members fit in 12.5 KB, a membership
 * test is one array read, and the intersection of two sets is a loop over 3,125 words. The
 * directory index keeps one per filter value (a language, a topic, "free") over its services.
 */
export class Bitset {
  #words: Uint32Array

  constructor(words = new Uint32Array(0)) {
    this.#words = words
  }

  has(i: number): boolean {
    return ((this.#words[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0
  }

  isEmpty(): boolean {
    return this.#words.every((word) => word === 0)
  }

  add(i: number): void {
    const word = i >>> 5
    if (word >= this.#words.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.#words.length * 2))
      grown.set(this.#words)
      this.#words = grown
    }
    this.#words[word] = (this.#words[word] as number) | (1 << (i & 31))
  }

  delete(i: number): void {
    const word = i >>> 5
    if (word < this.#words.length) this.#words[word] = (this.#words[word] as number) & ~(1 << (i & 31))
  }

  /** Members of this set that are also in `other`, as a new set. */
  and(other: Bitset): Bitset {
    const length = Math.min(this.#words.length, other.#words.length)
    const words = new Uint32Array(length)
    for (let w = 0; w < length; w++) words[w] = (this.#words[w] as number) & (other.#words[w] as number)
    return new Bitset(words)
  }

  /** Members of this set or of `other`, as a new set. */
  or(other: Bitset): Bitset {
    const [long, short] = this.#words.length >= other.#words.length ? [this.#words, other.#words] : [other.#words, this.#words]
    const words = long.slice()
    for (let w = 0; w < short.length; w++) words[w] = (words[w] as number) | (short[w] as number)
    return new Bitset(words)
  }

  static of(members: Iterable<number>): Bitset {
    const set = new Bitset()
    for (const i of members) set.add(i)
    return set
  }
}
