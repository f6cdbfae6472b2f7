import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * No MongoDB server can run on the build machines, so this builds the whole schema with
 * the MongoDB adapter without connecting: schema and index errors on the MongoDB side
 * fail here instead of in production.
 */
let payload: Payload
beforeAll(async () => {
  process.env.DATABASE_URI = 'mongodb://127.0.0.1:1/integration-portal-schema-check'
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
})
afterAll(async () => {
  await payload?.db?.destroy?.()
})

test('uses the MongoDB adapter for mongodb:// URIs', () => {
  expect(payload.db.name).toBe('mongoose')
})

test('builds a model with indexes for every collection', () => {
  const db = payload.db as unknown as { collections: Record<string, { schema: { indexes: () => unknown[] } }> }
  for (const slug of ['municipalities', 'users', 'organizations', 'media']) {
    expect(db.collections[slug]).toBeDefined()
  }
  const indexed = db.collections.organizations?.schema.indexes().map((i) => JSON.stringify(i)) ?? []
  expect(indexed.some((i) => i.includes('municipality'))).toBe(true)
  expect(indexed.some((i) => i.includes('slug'))).toBe(true)
})

test('IDs are strings on both adapters (SQLite uses UUIDs)', async () => {
  const { databaseKind } = await import('@cms/database')
  expect(databaseKind('file:./data/portal.db')).toBe('sqlite')
  expect(databaseKind('mongodb+srv://cluster.example/db')).toBe('mongodb')
  expect(() => databaseKind('postgres://x')).toThrow(/DATABASE_URI must start with/)
})
