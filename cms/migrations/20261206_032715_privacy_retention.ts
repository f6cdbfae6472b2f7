import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`data_protection_officer\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`last_login_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invited_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`leave_notice_at\` text;`)
  // Logins were not recorded before: every existing account counts as active from today, so the
  // retention job does not send notices to providers who logged in last week (cms/privacy/).
  await db.run(sql`UPDATE \`users\` SET \`last_login_at\` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');`)
  await db.run(sql`CREATE INDEX \`users_last_login_at_idx\` ON \`users\` (\`last_login_at\`);`)
  await db.run(sql`CREATE INDEX \`users_invited_at_idx\` ON \`users\` (\`invited_at\`);`)
  await db.run(sql`ALTER TABLE \`accessibility_feedback\` ADD \`closed_at\` text;`)
  await db.run(sql`CREATE INDEX \`accessibility_feedback_closed_at_idx\` ON \`accessibility_feedback\` (\`closed_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_last_login_at_idx\`;`)
  await db.run(sql`DROP INDEX \`users_invited_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`last_login_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invited_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`leave_notice_at\`;`)
  await db.run(sql`DROP INDEX \`accessibility_feedback_closed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_feedback\` DROP COLUMN \`closed_at\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`data_protection_officer\`;`)
}
