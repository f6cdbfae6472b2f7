#!/usr/bin/env node
// `npm run backup [-- --list]`: a snapshot of the database, its secret, media and import files
// (cms/backup/cli.ts; README "Backups, upgrades and recovery").
import { runBackupCli } from '../cms/backup/spawnCli.mjs'

process.exit(runBackupCli('backup', process.argv.slice(2)))
