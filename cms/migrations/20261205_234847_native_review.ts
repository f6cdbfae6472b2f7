import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`translation_states\` ADD \`needs_native_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`translation_states_needs_native_review_idx\` ON \`translation_states\` (\`needs_native_review\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`translation_states_needs_native_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`translation_states\` DROP COLUMN \`needs_native_review\`;`)
}
