import type { CollectionConfig, Config } from 'payload'
import { s3SettingsFromEnv, s3StoragePlugin } from '@cms/scale/s3'

const upload = (slug: string): CollectionConfig => ({ slug, upload: { staticDir: `/tmp/${slug}` }, fields: [] })
const base = (): Config => ({ collections: [upload('media'), upload('imports'), { slug: 'news', fields: [] }] }) as unknown as Config
const slugs = { media: 'media', imports: 'imports' }

async function apply(env: Record<string, string>) {
  const config = await s3StoragePlugin(s3SettingsFromEnv(env), slugs)(base())
  const bySlug = (slug: string) => config.collections!.find((c) => c.slug === slug)!
  const fieldNames = (slug: string) => bySlug(slug).fields.map((f) => ('name' in f ? f.name : ''))
  const localDisabled = (slug: string) => (bySlug(slug).upload as { disableLocalStorage?: boolean }).disableLocalStorage === true
  return { config, fieldNames, localDisabled }
}

describe('S3 storage switch', () => {
  it('stays off without S3_BUCKET, but keeps the same fields (stable migrations)', async () => {
    expect(s3SettingsFromEnv({})).toBeNull()
    const { fieldNames, localDisabled } = await apply({})
    expect(localDisabled('media')).toBe(false)
    expect(fieldNames('media')).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
    expect(fieldNames('imports')).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
  })

  it('stores media and imports in the bucket when S3_BUCKET is set', async () => {
    const env = { S3_BUCKET: 'portal', S3_REGION: 'eu-central-1', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }
    expect(s3SettingsFromEnv(env)).toEqual({
      bucket: 'portal',
      config: { region: 'eu-central-1', endpoint: 'http://minio:9000', forcePathStyle: true, credentials: { accessKeyId: 'k', secretAccessKey: 's' } },
    })
    const { fieldNames, localDisabled, config } = await apply(env)
    expect(localDisabled('media')).toBe(true)
    expect(localDisabled('imports')).toBe(true)
    expect(config.collections!.find((c) => c.slug === 'news')!.upload).toBeUndefined()
    // The same fields as without S3: switching storage needs no migration.
    expect(fieldNames('media')).toEqual((await apply({})).fieldNames('media'))
  })

  it('uses the SDK defaults for what is not set, and refuses half a key pair', () => {
    expect(s3SettingsFromEnv({ S3_BUCKET: 'b' })).toEqual({ bucket: 'b', config: { region: 'us-east-1', forcePathStyle: false } })
    expect(() => s3SettingsFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/both/)
  })
})
