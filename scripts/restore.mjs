#!/usr/bin/env node
// `npm run restore -- <snapshot>`: brings a stopped installation back to a snapshot
// (cms/backup/cli.ts; README "Backups, upgrades and recovery").
import { runBackupCli } from '../cms/backup/spawnCli.mjs'

process.exit(runBackupCli('restore', process.argv.slice(2)))
