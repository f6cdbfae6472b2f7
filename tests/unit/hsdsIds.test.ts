import { createHash } from 'node:crypto'
import { HSDS_NAMESPACE, hsdsId, hsdsPartId } from '@shared/hsdsIds'
import { isUuid, sha1, uuidV5 } from '@shared/uuid'

/** RFC 4122 §4.3 done with node:crypto, to check the hand-written SHA-1 against. */
function referenceV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const s = hash.subarray(0, 16).toString('hex')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}

describe('uuid', () => {
  test('SHA-1 matches node:crypto around the padding boundaries and for multi-byte text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119), 'Grüße, دورة ألمانية', 'x'.repeat(5000)]) {
      expect(Buffer.from(sha1(new TextEncoder().encode(text))).toString('hex')).toBe(createHash('sha1').update(text, 'utf8').digest('hex'))
    }
  })

  test('UUID v5 gives the published example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  test('UUID v5 agrees with a node:crypto implementation and sets version and variant', () => {
    for (const name of ['services/65f1c0ffee0000000000abcd', 'schedule/x/MO,TU/09:00/17:00', '', 'ü']) {
      const id = uuidV5(name, HSDS_NAMESPACE)
      expect(id).toBe(referenceV5(name, HSDS_NAMESPACE))
      expect(id[14]).toBe('5')
      expect('89ab').toContain(id[19])
      expect(isUuid(id)).toBe(true)
    }
  })

  test('isUuid accepts UUIDs of any version and case, nothing else', () => {
    expect(isUuid('2ED6657D-E927-568B-95E1-2665A8AEA6A2')).toBe(true)
    expect(isUuid('65f1c0ffee0000000000abcd')).toBe(false)
    expect(isUuid('2ed6657d-e927-568b-95e1-2665a8aea6a')).toBe(false)
    expect(isUuid(42)).toBe(false)
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/Not a UUID/)
  })
})

describe('hsdsId', () => {
  test('a stored UUID (SQLite) is its own HSDS id, in lower case', () => {
    expect(hsdsId('services', 'A3BB189E-8BF9-3888-9912-ACE4E6543002')).toBe('a3bb189e-8bf9-3888-9912-ace4e6543002')
  })

  test('an ObjectId (MongoDB) gets a stable UUID v5, different per kind', () => {
    const objectId = '65f1c0ffee0000000000abcd'
    const service = hsdsId('services', objectId)
    expect(isUuid(service)).toBe(true)
    expect(hsdsId('services', objectId)).toBe(service)
    expect(hsdsId('organizations', objectId)).not.toBe(service)
    expect(service).toBe(uuidV5(`services/${objectId}`, HSDS_NAMESPACE))
  })

  test('numeric ids are derived too', () => {
    expect(isUuid(hsdsId('topics', '42'))).toBe(true)
  })

  test('parts get stable ids that differ by part, owner and key', () => {
    const owner = hsdsId('services', '65f1c0ffee0000000000abcd')
    const phone = hsdsPartId('phone', owner)
    expect(isUuid(phone)).toBe(true)
    expect(hsdsPartId('phone', owner)).toBe(phone)
    expect(hsdsPartId('contact', owner)).not.toBe(phone)
    expect(hsdsPartId('language', owner, 'ar')).not.toBe(hsdsPartId('language', owner, 'de'))
  })
})
