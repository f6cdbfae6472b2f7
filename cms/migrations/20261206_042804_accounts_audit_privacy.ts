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
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor\` text NOT NULL,
  	\`user_id\` text,
  	\`role\` text,
  	\`collection_slug\` text,
  	\`document_id\` text,
  	\`title\` text,
  	\`changed_fields\` text,
  	\`detail\` text,
  	\`address\` text,
  	\`request_id\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_id_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_rels_order_idx\` ON \`audit_log_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_rels_parent_idx\` ON \`audit_log_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_rels_path_idx\` ON \`audit_log_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_rels_municipalities_id_idx\` ON \`audit_log_rels\` (\`municipalities_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users_tenants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_tenants\`("_order", "_parent_id", "id", "municipality_id") SELECT "_order", "_parent_id", "id", "municipality_id" FROM \`users_tenants\`;`)
  await db.run(sql`DROP TABLE \`users_tenants\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_tenants\` RENAME TO \`users_tenants\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_tenants_order_idx\` ON \`users_tenants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_parent_id_idx\` ON \`users_tenants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_municipality_idx\` ON \`users_tenants\` (\`municipality_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_client_id\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_provider_name\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_claim\` text DEFAULT 'groups';`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sso_mandatory\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`require_two_factor_for_providers\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`data_protection_officer\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`sso_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`sso_subject\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_sessions\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_pending_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_recovery_codes\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_last_step\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`last_login_at\` text;`)
  // Accounts in use today count as logged in today: no provider gets a deletion notice on the day of the upgrade.
  await db.run(sql`UPDATE \`users\` SET \`last_login_at\` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invited_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`leave_notice_at\` text;`)
  await db.run(sql`CREATE INDEX \`users_sso_sso_issuer_idx\` ON \`users\` (\`sso_issuer\`);`)
  await db.run(sql`CREATE INDEX \`users_sso_sso_subject_idx\` ON \`users\` (\`sso_subject\`);`)
  await db.run(sql`CREATE INDEX \`users_last_login_at_idx\` ON \`users\` (\`last_login_at\`);`)
  await db.run(sql`CREATE INDEX \`users_invited_at_idx\` ON \`users\` (\`invited_at\`);`)
  await db.run(sql`ALTER TABLE \`accessibility_feedback\` ADD \`closed_at\` text;`)
  await db.run(sql`CREATE INDEX \`accessibility_feedback_closed_at_idx\` ON \`accessibility_feedback\` (\`closed_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`municipalities_texts\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log_rels\`;`)
  await db.run(sql`DROP INDEX \`users_sso_sso_issuer_idx\`;`)
  await db.run(sql`DROP INDEX \`users_sso_sso_subject_idx\`;`)
  await db.run(sql`DROP INDEX \`users_last_login_at_idx\`;`)
  await db.run(sql`DROP INDEX \`users_invited_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`sso_issuer\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`sso_subject\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_enabled\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_sessions\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_pending_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_recovery_codes\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_last_step\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`last_login_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invited_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`leave_notice_at\`;`)
  await db.run(sql`DROP INDEX \`accessibility_feedback_closed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`accessibility_feedback\` DROP COLUMN \`closed_at\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users_tenants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_tenants\`("_order", "_parent_id", "id", "municipality_id") SELECT "_order", "_parent_id", "id", "municipality_id" FROM \`users_tenants\`;`)
  await db.run(sql`DROP TABLE \`users_tenants\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_tenants\` RENAME TO \`users_tenants\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_tenants_order_idx\` ON \`users_tenants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_parent_id_idx\` ON \`users_tenants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_municipality_idx\` ON \`users_tenants\` (\`municipality_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_issuer\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_client_id\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_provider_name\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_claim\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sso_mandatory\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`require_two_factor_for_providers\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`data_protection_officer\`;`)
}
