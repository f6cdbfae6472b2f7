import { GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/** Where uploads go when S3_BUCKET is set; each collection under its own key prefix. */
export const S3_PREFIXES = { media: 'media', imports: 'imports' } as const

export interface S3Settings {
  bucket: string
  config: S3ClientConfig
}

/**
 * S3-compatible storage (AWS S3, MinIO, Ceph, the hosters' object storage) from the
 * environment, or null for files on the local disk (MEDIA_DIR). Without keys the AWS SDK's
 * usual chain applies (instance role, AWS_* variables).
 */
export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.')
  return {
    bucket,
    config: {
      region: env.S3_REGION || 'us-east-1',
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      // MinIO and most self-hosted stores want bucket/key URLs, not bucket.host ones.
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  }
}

/**
 * Payload's S3 storage adapter for media and imports, switched on by the settings. It is
 * always added, switched off without them, so that the two fields it stores (`prefix`,
 * `_objectKey`) exist either way and the SQLite migrations stay the same. Files keep going
 * through Payload's access-checked file routes (imports are staff-only).
 */
export function s3StoragePlugin(settings: S3Settings | null, slugs: { media: string; imports: string }): Plugin {
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.config ?? {},
    collections: { [slugs.media]: { prefix: S3_PREFIXES.media }, [slugs.imports]: { prefix: S3_PREFIXES.imports } },
  })
}

/** An uploaded import file's bytes, read from the bucket (the import runs on the server, not through a URL). */
export async function readS3Import(settings: S3Settings, filename: string): Promise<Uint8Array> {
  const client = new S3Client(settings.config)
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: `${S3_PREFIXES.imports}/${filename}` }))
    if (!object.Body) throw new Error('empty object')
    return await object.Body.transformToByteArray()
  } finally {
    client.destroy()
  }
}
