import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'
import { databaseAdapter, DEFAULT_DATABASE_URI } from './database'
import { emailAdapter } from './email/adapter'
import { healthEndpoints } from './health/endpoints'
import { portalLogger } from './logging/logger'
import { allowedOrigins } from './security/origins'
import { payloadSecret } from './security/secret'
import { integrationPortal } from './index'
import { seedDemoIfEmpty } from './seed/seedDemoIfEmpty'
import { s3SettingsFromEnv, s3StoragePlugin } from './scale/s3'
import { MAX_VIDEO_BYTES } from './collections/Media/checkUpload'
import { backupJobs } from './backup/task'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// @payloadcms/storage-s3 (and the plugin-cloud-storage it brings) is published only up to
// 3.90.1, a patch release behind payload 3.90.2 (package.json pins and overrides it). Payload's
// development-time check refuses any such mismatch; production never runs it. Remove this
// when storage-s3 is pinned to payload's own version again.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

const databaseURI = process.env.DATABASE_URI || DEFAULT_DATABASE_URI

/**
 * The default deployment: the plugin on the database named by DATABASE_URI. Everything but the
 * database adapter is evaluated as the module loads (a missing production secret still stops
 * the import); the adapter's package may load first (cms/database.ts), so the export is the
 * promise buildConfig's own result is anyway.
 */
const settings: Omit<Config, 'db'> = {
  // No secret in the source: PAYLOAD_SECRET, or one generated beside a SQLite database outside production.
  secret: payloadSecret(databaseURI),
  serverURL: process.env.SERVER_URL || undefined,
  // A login cookie counts only on requests from these origins (SERVER_URL, else localhost:PORT).
  csrf: allowedOrigins(),
  editor: lexicalEditor(),
  // SMTP_URL or SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASSWORD and EMAIL_FROM; the console without them.
  email: emailAdapter(),
  sharp,
  // The largest upload is a video; other files have smaller limits (collections/Media/checkUpload.ts).
  upload: { limits: { fileSize: MAX_VIDEO_BYTES } },
  admin: {
    importMap: {
      baseDir: path.resolve(dirname, '..'),
      importMapFile: path.resolve(dirname, '../web/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' – Integration portal' },
  },
  graphQL: { disablePlaygroundInProduction: true },
  // `/api/health` (liveness) and `/api/ready` (database, migrations, job runner) for deploy/.
  endpoints: healthEndpoints(),
  // JSON lines in production, each with the id of the request it was written for (cms/logging/).
  logger: portalLogger(),
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  // Uploads go to S3-compatible storage when S3_BUCKET is set (several app instances need one store).
  plugins: [integrationPortal(), s3StoragePlugin(s3SettingsFromEnv(), { media: 'media', imports: 'imports' })],
  jobs: {
    // With several app instances every one runs the job crons; JOBS_AUTORUN=false on all but
    // one keeps scheduled work (reminders, scheduled publishing, imports) to that one.
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    // The nightly backup, when BACKUP_SCHEDULE is set (cms/backup/task.ts).
    ...backupJobs(),
  },
  onInit: async (payload) => {
    if (process.env.SEED_DEMO === 'true') await seedDemoIfEmpty(payload)
  },
}

export default databaseAdapter(databaseURI, path.resolve(dirname, 'migrations')).then((db) => buildConfig({ ...settings, db }))
