import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`municipalities_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_texts_order_parent\` ON \`municipalities_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_client_id\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_provider_name\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_claim\` text DEFAULT 'groups';`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_mandatory\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`sso_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`sso_subject\` text;`)
  await db.run(sql`CREATE INDEX \`users_sso_sso_issuer_idx\` ON \`users\` (\`sso_issuer\`);`)
  await db.run(sql`CREATE INDEX \`users_sso_sso_subject_idx\` ON \`users\` (\`sso_subject\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`municipalities_texts\`;`)
  await db.run(sql`DROP INDEX \`users_sso_sso_issuer_idx\`;`)
  await db.run(sql`DROP INDEX \`users_sso_sso_subject_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`sso_issuer\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`sso_subject\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_issuer\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_client_id\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_provider_name\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_claim\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_mandatory\`;`)
}
