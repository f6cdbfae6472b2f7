import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { normalizeAddress, parseTrustedProxies, resolveClientAddress, UNKNOWN_ADDRESS } from '@shared/clientAddress'
import { PEER_HEADER, stampPeer } from '@web/lib/peerAddress.mjs'

describe('normalizeAddress', () => {
  test.each([
    ['192.0.2.1', '192.0.2.1'],
    [' 192.0.2.1 ', '192.0.2.1'],
    ['192.0.2.1:8080', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::FFFF:c000:0201', '192.0.2.1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['::1', '::1'],
    ['::', '::'],
    ['fe80::1%eth0', 'fe80::1'],
    ['2001:db8:1:0:0:1:0:0', '2001:db8:1::1:0:0'],
  ])('%s → %s', (input, output) => expect(normalizeAddress(input)).toBe(output))

  test.each(['', 'unknown', '256.1.1.1', '1.2.3', '01.2.3.4', '1:2:3:4:5:6:7:8:9', '1::2::3', 'gggg::1', '<script>', '1.2.3.4.5'])('%s is no address', (input) =>
    expect(normalizeAddress(input)).toBeNull(),
  )
})

describe('parseTrustedProxies', () => {
  const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8,::1,2001:db8:aa::/48')
  test.each([
    ['127.0.0.1', true],
    ['::ffff:127.0.0.1', true],
    ['127.0.0.2', false],
    ['10.255.3.4', true],
    ['11.0.0.1', false],
    ['::1', true],
    ['::2', false],
    ['2001:db8:aa:ffff::9', true],
    ['2001:db8:ab::9', false],
    ['garbage', false],
  ])('%s trusted: %s', (address, expected) => expect(trusted.has(address)).toBe(expected))

  test('empty means nobody', () => {
    expect(parseTrustedProxies('').empty).toBe(true)
    expect(parseTrustedProxies(undefined).empty).toBe(true)
  })

  test.each(['localhost', '10.0.0.0/33', '::1/129', '1.2.3.4/x', '1.2.3.4/8/9'])('refuses %s', (entry) => expect(() => parseTrustedProxies(entry)).toThrow(/TRUSTED_PROXIES/))
})

describe('resolveClientAddress', () => {
  const none = parseTrustedProxies('')
  const local = parseTrustedProxies('127.0.0.1,::1,10.0.0.0/8')
  test('without trusted proxies the socket wins, whatever the header says', () => {
    expect(resolveClientAddress({ peer: '203.0.113.9', forwardedFor: '1.1.1.1', trusted: none })).toBe('203.0.113.9')
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '1.1.1.1', trusted: none })).toBe('127.0.0.1')
  })
  test('an untrusted peer is the client even when trusted proxies exist', () => {
    expect(resolveClientAddress({ peer: '203.0.113.9', forwardedFor: '127.0.0.1', trusted: local })).toBe('203.0.113.9')
  })
  test('from a trusted proxy: the rightmost untrusted hop', () => {
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '6.6.6.6, 198.51.100.7', trusted: local })).toBe('198.51.100.7')
    expect(resolveClientAddress({ peer: '::ffff:127.0.0.1', forwardedFor: '6.6.6.6, 198.51.100.7, 10.1.2.3', trusted: local })).toBe('198.51.100.7')
    expect(resolveClientAddress({ peer: '::1', forwardedFor: '2001:DB8::7', trusted: local })).toBe('2001:db8::7')
  })
  test('garbage stops the walk at the last good hop; only trusted hops: the first of them', () => {
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: 'evil, <x>', trusted: local })).toBe('127.0.0.1')
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '198.51.100.7, nonsense, 10.0.0.5', trusted: local })).toBe('10.0.0.5')
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '10.0.0.1, 10.0.0.2', trusted: local })).toBe('10.0.0.1')
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: null, trusted: local })).toBe('127.0.0.1')
  })
  test('no socket address: unknown', () => {
    expect(resolveClientAddress({ peer: null, forwardedFor: '1.1.1.1', trusted: local })).toBe(UNKNOWN_ADDRESS)
    expect(resolveClientAddress({ peer: 'junk', forwardedFor: '1.1.1.1', trusted: none })).toBe(UNKNOWN_ADDRESS)
  })
})

test('web/server.mjs replaces a client-sent copy of the internal header with the socket address', async () => {
  const server = http.createServer((req, res) => {
    stampPeer(req)
    res.end(String(req.headers[PEER_HEADER]))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = server.address() as AddressInfo
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: '6.6.6.6', 'X-Forwarded-For': '6.6.6.6' } })
    expect(normalizeAddress(await res.text())).toBe('127.0.0.1')
  } finally {
    server.close()
  }
})
