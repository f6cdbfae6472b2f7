/** The credentials s3rver accepts. */
export const S3RVER_KEY = 'S3RVER'

/**
 * A local S3 emulator (s3rver, from npm) on a free port with one bucket, storing under `dir`.
 * Returns the server (to close) and the `S3_*` settings that point the app at it.
 */
export async function startS3rver(dir: string, bucket: string): Promise<{ close: () => Promise<void>; env: Record<string, string> }> {
  const { default: S3rver } = await import('s3rver')
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = await server.run()
  return {
    close: () => server.close(),
    env: { S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: S3RVER_KEY, S3_SECRET_ACCESS_KEY: S3RVER_KEY },
  }
}
