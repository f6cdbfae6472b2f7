import type { Payload } from 'payload'
import { bootPayload } from './helpers/payload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

test('boots with the contract collections', () => {
  const slugs = payload.config.collections.map((c) => c.slug)
  expect(slugs).toEqual(expect.arrayContaining(['municipalities', 'users', 'organizations', 'media']))
})
