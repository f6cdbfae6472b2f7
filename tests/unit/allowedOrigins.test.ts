import { allowedOrigins } from '@cms/security/origins'

describe('allowedOrigins: where a login cookie counts', () => {
  test('SERVER_URL gives its origin, as browsers send it (no path, no trailing slash)', () => {
    expect(allowedOrigins({ SERVER_URL: 'https://integration.example.de/' })).toEqual(['https://integration.example.de'])
    expect(allowedOrigins({ SERVER_URL: 'https://portal.example.de:8443/portal', PORT: '3000' })).toEqual(['https://portal.example.de:8443'])
  })

  test('without SERVER_URL: the local addresses on PORT (demo, e2e and scale tests, benches)', () => {
    expect(allowedOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
    expect(allowedOrigins({ PORT: '3210' })).toEqual(['http://localhost:3210', 'http://127.0.0.1:3210'])
  })

  test('a SERVER_URL that is not an http(s) address is refused with a message', () => {
    expect(() => allowedOrigins({ SERVER_URL: 'integration.example.de' })).toThrow(/SERVER_URL must be/)
    expect(() => allowedOrigins({ SERVER_URL: 'ftp://integration.example.de' })).toThrow(/SERVER_URL must start with https/)
  })
})
