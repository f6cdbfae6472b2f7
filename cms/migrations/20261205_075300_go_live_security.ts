import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`pending_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`organizations_pending_review_idx\` ON \`organizations\` (\`pending_review\`);`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_pending_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_pending_review_idx\` ON \`_organizations_v\` (\`version_pending_review\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`pending_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_pending_review_idx\` ON \`media\` (\`pending_review\`);`)
  await db.run(sql`ALTER TABLE \`measures_reports\` ADD \`pending_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`measures_reports_pending_review_idx\` ON \`measures_reports\` (\`pending_review\`);`)
  await db.run(sql`ALTER TABLE \`_measures_v_version_reports\` ADD \`pending_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_reports_pending_review_idx\` ON \`_measures_v_version_reports\` (\`pending_review\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organizations_pending_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`pending_review\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_version_version_pending_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_pending_review\`;`)
  await db.run(sql`DROP INDEX \`media_pending_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`pending_review\`;`)
  await db.run(sql`DROP INDEX \`measures_reports_pending_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`measures_reports\` DROP COLUMN \`pending_review\`;`)
  await db.run(sql`DROP INDEX \`_measures_v_version_reports_pending_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`_measures_v_version_reports\` DROP COLUMN \`pending_review\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
