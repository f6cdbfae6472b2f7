// Runs cms/backup/cli.ts with tsx (scripts/backup.mjs, scripts/restore.mjs, the nightly job).
// NODE_ENV defaults to production like the app; the CLI starts no Payload, so it needs no secret.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export function runBackupCli(command, args) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'cms/backup/cli.ts'), command, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV || 'production',
      INIT_CWD: process.env.INIT_CWD || process.cwd(),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
    },
  })
  return result.status ?? 1
}
