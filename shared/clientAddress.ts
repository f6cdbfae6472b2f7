/**
 * Which address a request came from, when proxies may stand in between. Pure logic (no Node
 * APIs): the server-side wrapper in cms/security/clientAddress.ts feeds it the socket's
 * address and the `X-Forwarded-For` header.
 *
 * `X-Forwarded-For` is a list every proxy appends to; anything left of the entry our own
 * proxy appended is whatever the client wrote. So it is read from the right, and only while
 * the hop that handed the request on is one of ours (a configured trusted proxy): the first
 * entry not from a trusted proxy is the client. Without trusted proxies the header is ignored.
 */

type Family = 4 | 6

interface Address {
  family: Family
  value: bigint
}

interface Range {
  family: Family
  base: bigint
  bits: number
}

function parseIPv4(text: string): bigint | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  let value = 0n
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255 || (part.length > 1 && part.startsWith('0'))) return null
    value = (value << 8n) | BigInt(part)
  }
  return value
}

function parseIPv6(text: string): bigint | null {
  // A zone (`fe80::1%eth0`) names an interface on this host; it does not change the address.
  const bare = text.replace(/%[\w.-]+$/, '')
  const halves = bare.split('::')
  if (halves.length > 2) return null
  const groups = (half: string): string[] | null => (half === '' ? [] : half.split(':'))
  const head = groups(halves[0] ?? '')
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : []
  if (!head || !tail) return null
  const words: number[] = []
  const take = (list: string[], isLast: boolean): boolean => {
    for (let i = 0; i < list.length; i++) {
      const g = list[i] ?? ''
      if (isLast && i === list.length - 1 && g.includes('.')) {
        // An embedded IPv4 address (`::ffff:192.0.2.1`) fills the last two words.
        const v4 = parseIPv4(g)
        if (v4 === null) return false
        words.push(Number(v4 >> 16n), Number(v4 & 0xffffn))
        continue
      }
      if (!/^[0-9a-f]{1,4}$/i.test(g)) return false
      words.push(parseInt(g, 16))
    }
    return true
  }
  if (!take(head, halves.length === 1)) return null
  const headLength = words.length
  if (!take(tail, true)) return null
  const missing = 8 - words.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const all = [...words.slice(0, headLength), ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...words.slice(headLength)]
  return all.reduce((acc, w) => (acc << 16n) | BigInt(w), 0n)
}

const MAPPED_PREFIX = 0xffffn << 32n

/** An address in canonical form; IPv4-mapped IPv6 (`::ffff:1.2.3.4`, what dual-stack sockets report) counts as IPv4. */
function parseAddress(raw: string): Address | null {
  let text = raw.trim()
  // `[2001:db8::1]:443` and `192.0.2.1:443` as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed) text = bracketed[1] ?? ''
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.replace(/:\d+$/, '')
  const v4 = parseIPv4(text)
  if (v4 !== null) return { family: 4, value: v4 }
  if (!text.includes(':')) return null
  const v6 = parseIPv6(text)
  if (v6 === null) return null
  if (v6 >> 32n === MAPPED_PREFIX >> 32n) return { family: 4, value: v6 & 0xffffffffn }
  return { family: 6, value: v6 }
}

function formatAddress({ family, value }: Address): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.')
  const words = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn))
  // RFC 5952: the longest run of two or more zero words becomes `::`.
  let best = -1
  let bestLength = 1
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && words[j] === 0) j++
    if (j - i > bestLength) [best, bestLength] = [i, j - i]
    i = j
  }
  const hex = words.map((w) => w.toString(16))
  if (best < 0) return hex.join(':')
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`
}

/** The canonical text of an address (`::ffff:10.0.0.1` → `10.0.0.1`, `2001:DB8:0::1` → `2001:db8::1`), or null when it is none. */
export function normalizeAddress(raw: string): string | null {
  const address = parseAddress(raw)
  return address ? formatAddress(address) : null
}

export interface TrustedProxies {
  has(address: string): boolean
  /** True when no proxy is trusted: forwarded headers are then ignored altogether. */
  readonly empty: boolean
}

/**
 * Parses a TRUSTED_PROXIES value: addresses and CIDR ranges, IPv4 and IPv6, separated by
 * commas (`127.0.0.1,10.0.0.0/8,::1`). Throws on an entry it cannot read: a typo here must
 * stop the start, not silently trust nobody (or everybody).
 */
export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  const ranges: Range[] = []
  for (const entry of (list ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [host = '', prefix, ...rest] = entry.split('/')
    const address = parseAddress(host)
    const width = address?.family === 4 ? 32 : 128
    const bits = prefix === undefined ? width : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN
    // A /96 written on a mapped address means the IPv4 part; keep it simple and refuse it instead.
    if (!address || rest.length || !(bits >= 0 && bits <= width) || (address.family === 4 && host.includes(':') && prefix !== undefined)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1,10.0.0.0/8,::1)`)
    }
    const shift = BigInt(width - bits)
    ranges.push({ family: address.family, base: (address.value >> shift) << shift, bits })
  }
  return {
    empty: ranges.length === 0,
    has(raw: string) {
      const address = parseAddress(raw)
      if (!address) return false
      return ranges.some((r) => {
        if (r.family !== address.family) return false
        const shift = BigInt((r.family === 4 ? 32 : 128) - r.bits)
        return (address.value >> shift) << shift === r.base
      })
    },
  }
}

/** What stands for a request whose address is unknown (no socket address was handed over). */
export const UNKNOWN_ADDRESS = 'unknown'

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * `X-Forwarded-For` entries are walked from the right, skipping trusted hops, and the first
 * untrusted one is the client. An entry that is not an address ends the walk at the hop that
 * wrote it (a trusted proxy passed garbage on: the last good address is the best we know).
 */
export function resolveClientAddress({ peer, forwardedFor, trusted }: { peer: string | null | undefined; forwardedFor: string | null | undefined; trusted: TrustedProxies }): string {
  let current = peer ? normalizeAddress(peer) : null
  if (!current) return UNKNOWN_ADDRESS
  if (trusted.empty || !trusted.has(current)) return current
  const hops = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i] ?? '')
    if (!hop) return current
    current = hop
    if (!trusted.has(hop)) return hop
  }
  // Every hop was one of ours: the request started at a trusted proxy itself.
  return current
}
