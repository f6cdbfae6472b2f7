import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`municipalities_enabled_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_enabled_locales_order_idx\` ON \`municipalities_enabled_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_enabled_locales_parent_idx\` ON \`municipalities_enabled_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`municipalities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`ags\` text,
  	\`kind\` text DEFAULT 'city',
  	\`default_locale\` text DEFAULT 'de' NOT NULL,
  	\`time_zone\` text DEFAULT 'Europe/Berlin' NOT NULL,
  	\`directory_provider_publishing\` text DEFAULT 'review',
  	\`directory_stale_after_months\` numeric DEFAULT 6,
  	\`contact_office\` text,
  	\`contact_street\` text,
  	\`contact_postal_code\` text,
  	\`contact_city\` text,
  	\`contact_website\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`logo_id\` text(36),
  	\`theme_primary_color\` text DEFAULT '#0b5394',
  	\`accessibility_conformance\` text DEFAULT 'partial',
  	\`accessibility_statement_date\` text,
  	\`accessibility_method\` text DEFAULT 'self-assessment',
  	\`accessibility_contact_name\` text,
  	\`accessibility_contact_email\` text,
  	\`accessibility_contact_phone\` text,
  	\`accessibility_contact_address\` text,
  	\`accessibility_enforcement_name\` text,
  	\`accessibility_enforcement_address\` text,
  	\`accessibility_enforcement_email\` text,
  	\`accessibility_enforcement_website\` text,
  	\`easy_access_easy_german\` text,
  	\`easy_access_sign_language_video_id\` text(36),
  	\`easy_access_sign_language_captions_id\` text(36),
  	\`easy_access_sign_language_poster_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`easy_access_sign_language_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`easy_access_sign_language_captions_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`easy_access_sign_language_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_slug_idx\` ON \`municipalities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_ags_idx\` ON \`municipalities\` (\`ags\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_logo_idx\` ON \`municipalities\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_easy_access_easy_access_sign_language_vid_idx\` ON \`municipalities\` (\`easy_access_sign_language_video_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_easy_access_easy_access_sign_language_cap_idx\` ON \`municipalities\` (\`easy_access_sign_language_captions_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_easy_access_easy_access_sign_language_pos_idx\` ON \`municipalities\` (\`easy_access_sign_language_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_updated_at_idx\` ON \`municipalities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_created_at_idx\` ON \`municipalities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`municipalities_locales\` (
  	\`welcome\` text,
  	\`imprint\` text,
  	\`privacy\` text,
  	\`accessibility_non_accessible\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`municipalities_locales_locale_parent_id_unique\` ON \`municipalities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_locales_parent_idx\` ON \`municipalities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_tenants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_tenants_order_idx\` ON \`users_tenants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_parent_id_idx\` ON \`users_tenants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_municipality_idx\` ON \`users_tenants\` (\`municipality_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'provider' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_organizations_id_idx\` ON \`users_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`name\` text,
  	\`slug\` text,
  	\`external_id\` text,
  	\`kind\` text DEFAULT 'counselling',
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`logo_id\` text(36),
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_municipality_idx\` ON \`organizations\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_name_idx\` ON \`organizations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_external_id_idx\` ON \`organizations\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_kind_idx\` ON \`organizations\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`organizations_logo_idx\` ON \`organizations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organizations_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_external_id\` text,
  	\`version_kind\` text DEFAULT 'counselling',
  	\`version_website\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_logo_id\` text(36),
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_municipality_idx\` ON \`_organizations_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_name_idx\` ON \`_organizations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_external_id_idx\` ON \`_organizations_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_kind_idx\` ON \`_organizations_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_logo_idx\` ON \`_organizations_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_snapshot_idx\` ON \`_organizations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_published_locale_idx\` ON \`_organizations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_locales\` (
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_organizations_v_locales_locale_parent_id_unique\` ON \`_organizations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_locales_parent_idx\` ON \`_organizations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`credit\` text,
  	\`organization_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_municipality_idx\` ON \`media\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`media_organization_idx\` ON \`media\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`districts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`districts_municipality_idx\` ON \`districts\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`districts_slug_idx\` ON \`districts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`districts_updated_at_idx\` ON \`districts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`districts_created_at_idx\` ON \`districts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`districts_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`districts_locales_locale_parent_id_unique\` ON \`districts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`districts_locales_parent_idx\` ON \`districts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`parent_id\` text(36),
  	\`icon\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_municipality_idx\` ON \`topics\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audiences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`min_age\` numeric,
  	\`max_age\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audiences_municipality_idx\` ON \`audiences\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`audiences_slug_idx\` ON \`audiences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`audiences_updated_at_idx\` ON \`audiences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audiences_created_at_idx\` ON \`audiences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audiences_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`audiences_locales_locale_parent_id_unique\` ON \`audiences_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audiences_locales_parent_idx\` ON \`audiences_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`locations_hours_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`locations_hours_slots_order_idx\` ON \`locations_hours_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`locations_hours_slots_parent_id_idx\` ON \`locations_hours_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`locations_hours_closed_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`locations_hours_closed_dates_order_idx\` ON \`locations_hours_closed_dates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`locations_hours_closed_dates_parent_id_idx\` ON \`locations_hours_closed_dates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`locations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`name\` text,
  	\`organization_id\` text(36),
  	\`external_id\` text,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_city\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`district_id\` text(36),
  	\`accessibility_step_free\` integer,
  	\`accessibility_lift\` integer,
  	\`accessibility_accessible_toilet\` integer,
  	\`accessibility_hearing_loop\` integer,
  	\`hours_appointment_only\` integer DEFAULT false,
  	\`hours_closure_from\` text,
  	\`hours_closure_to\` text,
  	\`pending_review\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`locations_municipality_idx\` ON \`locations\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_organization_idx\` ON \`locations\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_external_id_idx\` ON \`locations\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_latitude_idx\` ON \`locations\` (\`latitude\`);`)
  await db.run(sql`CREATE INDEX \`locations_longitude_idx\` ON \`locations\` (\`longitude\`);`)
  await db.run(sql`CREATE INDEX \`locations_district_idx\` ON \`locations\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_pending_review_idx\` ON \`locations\` (\`pending_review\`);`)
  await db.run(sql`CREATE INDEX \`locations_updated_at_idx\` ON \`locations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`locations_created_at_idx\` ON \`locations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`locations__status_idx\` ON \`locations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`locations_locales\` (
  	\`accessibility_notes\` text,
  	\`transport\` text,
  	\`hours_closure_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`locations_locales_locale_parent_id_unique\` ON \`locations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`locations_locales_parent_idx\` ON \`locations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_locations_v_version_hours_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_locations_v_version_hours_slots_order_idx\` ON \`_locations_v_version_hours_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_hours_slots_parent_id_idx\` ON \`_locations_v_version_hours_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_locations_v_version_hours_closed_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_locations_v_version_hours_closed_dates_order_idx\` ON \`_locations_v_version_hours_closed_dates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_hours_closed_dates_parent_id_idx\` ON \`_locations_v_version_hours_closed_dates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_locations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_name\` text,
  	\`version_organization_id\` text(36),
  	\`version_external_id\` text,
  	\`version_address_street\` text,
  	\`version_address_postal_code\` text,
  	\`version_address_city\` text,
  	\`version_latitude\` numeric,
  	\`version_longitude\` numeric,
  	\`version_district_id\` text(36),
  	\`version_accessibility_step_free\` integer,
  	\`version_accessibility_lift\` integer,
  	\`version_accessibility_accessible_toilet\` integer,
  	\`version_accessibility_hearing_loop\` integer,
  	\`version_hours_appointment_only\` integer DEFAULT false,
  	\`version_hours_closure_from\` text,
  	\`version_hours_closure_to\` text,
  	\`version_pending_review\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_locations_v_parent_idx\` ON \`_locations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_municipality_idx\` ON \`_locations_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_organization_idx\` ON \`_locations_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_external_id_idx\` ON \`_locations_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_latitude_idx\` ON \`_locations_v\` (\`version_latitude\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_longitude_idx\` ON \`_locations_v\` (\`version_longitude\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_district_idx\` ON \`_locations_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_pending_review_idx\` ON \`_locations_v\` (\`version_pending_review\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_updated_at_idx\` ON \`_locations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version_created_at_idx\` ON \`_locations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_version_version__status_idx\` ON \`_locations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_created_at_idx\` ON \`_locations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_updated_at_idx\` ON \`_locations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_snapshot_idx\` ON \`_locations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_published_locale_idx\` ON \`_locations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_latest_idx\` ON \`_locations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_locations_v_locales\` (
  	\`version_accessibility_notes\` text,
  	\`version_transport\` text,
  	\`version_hours_closure_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_locations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_locations_v_locales_locale_parent_id_unique\` ON \`_locations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_locations_v_locales_parent_idx\` ON \`_locations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_languages_order_idx\` ON \`services_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_languages_parent_idx\` ON \`services_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_languages_value_idx\` ON \`services_languages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`services_delivery\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_delivery_order_idx\` ON \`services_delivery\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_delivery_parent_idx\` ON \`services_delivery\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_locations_hours_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_locations_hours_slots_order_idx\` ON \`services_locations_hours_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_locations_hours_slots_parent_id_idx\` ON \`services_locations_hours_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_locations_hours_closed_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_locations_hours_closed_dates_order_idx\` ON \`services_locations_hours_closed_dates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_locations_hours_closed_dates_parent_id_idx\` ON \`services_locations_hours_closed_dates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`location_id\` text(36),
  	\`own_hours\` integer,
  	\`hours_appointment_only\` integer DEFAULT false,
  	\`hours_closure_from\` text,
  	\`hours_closure_to\` text,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_locations_order_idx\` ON \`services_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_locations_parent_id_idx\` ON \`services_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_locations_location_idx\` ON \`services_locations\` (\`location_id\`);`)
  await db.run(sql`CREATE TABLE \`services_locations_locales\` (
  	\`hours_closure_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locations_locales_locale_parent_id_unique\` ON \`services_locations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_locations_locales_parent_idx\` ON \`services_locations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text,
  	\`external_id\` text,
  	\`organization_id\` text(36),
  	\`kind\` text DEFAULT 'counselling',
  	\`cost_type\` text DEFAULT 'free',
  	\`cost_amount\` numeric,
  	\`appointment_required\` text DEFAULT 'recommended',
  	\`appointment_booking_url\` text,
  	\`contact_person\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`status\` text DEFAULT 'active',
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`last_verified_at\` text,
  	\`last_verified_by_id\` text(36),
  	\`pending_review\` integer DEFAULT false,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`services_municipality_idx\` ON \`services\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_external_id_idx\` ON \`services\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`services_organization_idx\` ON \`services\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`services_kind_idx\` ON \`services\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`services_cost_cost_type_idx\` ON \`services\` (\`cost_type\`);`)
  await db.run(sql`CREATE INDEX \`services_status_idx\` ON \`services\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`services_last_verified_at_idx\` ON \`services\` (\`last_verified_at\`);`)
  await db.run(sql`CREATE INDEX \`services_last_verified_by_idx\` ON \`services\` (\`last_verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_pending_review_idx\` ON \`services\` (\`pending_review\`);`)
  await db.run(sql`CREATE INDEX \`services_search_text_idx\` ON \`services\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`cost_note\` text,
  	\`eligibility\` text,
  	\`required_documents\` text,
  	\`how_to_apply\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_locales_parent_idx\` ON \`services_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`audiences_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_rels_order_idx\` ON \`services_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_parent_idx\` ON \`services_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_path_idx\` ON \`services_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_topics_id_idx\` ON \`services_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_audiences_id_idx\` ON \`services_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_languages_order_idx\` ON \`_services_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_languages_parent_idx\` ON \`_services_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_languages_value_idx\` ON \`_services_v_version_languages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_delivery\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_delivery_order_idx\` ON \`_services_v_version_delivery\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_delivery_parent_idx\` ON \`_services_v_version_delivery\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_locations_hours_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_hours_slots_order_idx\` ON \`_services_v_version_locations_hours_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_hours_slots_parent_id_idx\` ON \`_services_v_version_locations_hours_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_locations_hours_closed_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_hours_closed_dates_order_idx\` ON \`_services_v_version_locations_hours_closed_dates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_hours_closed_dates_parent_id_idx\` ON \`_services_v_version_locations_hours_closed_dates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`location_id\` text(36),
  	\`own_hours\` integer,
  	\`hours_appointment_only\` integer DEFAULT false,
  	\`hours_closure_from\` text,
  	\`hours_closure_to\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_order_idx\` ON \`_services_v_version_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_parent_id_idx\` ON \`_services_v_version_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_location_idx\` ON \`_services_v_version_locations\` (\`location_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_locations_locales\` (
  	\`hours_closure_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_locations_locales_locale_parent_id_uniqu\` ON \`_services_v_version_locations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_locations_locales_parent_idx\` ON \`_services_v_version_locations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_slug\` text,
  	\`version_external_id\` text,
  	\`version_organization_id\` text(36),
  	\`version_kind\` text DEFAULT 'counselling',
  	\`version_cost_type\` text DEFAULT 'free',
  	\`version_cost_amount\` numeric,
  	\`version_appointment_required\` text DEFAULT 'recommended',
  	\`version_appointment_booking_url\` text,
  	\`version_contact_person\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
  	\`version_last_verified_at\` text,
  	\`version_last_verified_by_id\` text(36),
  	\`version_pending_review\` integer DEFAULT false,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_municipality_idx\` ON \`_services_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_external_id_idx\` ON \`_services_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_organization_idx\` ON \`_services_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_kind_idx\` ON \`_services_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_cost_version_cost_type_idx\` ON \`_services_v\` (\`version_cost_type\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_status_idx\` ON \`_services_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_last_verified_at_idx\` ON \`_services_v\` (\`version_last_verified_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_last_verified_by_idx\` ON \`_services_v\` (\`version_last_verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_pending_review_idx\` ON \`_services_v\` (\`version_pending_review\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_search_text_idx\` ON \`_services_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_cost_note\` text,
  	\`version_eligibility\` text,
  	\`version_required_documents\` text,
  	\`version_how_to_apply\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_locales_locale_parent_id_unique\` ON \`_services_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_locales_parent_idx\` ON \`_services_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`audiences_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_rels_order_idx\` ON \`_services_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_parent_idx\` ON \`_services_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_path_idx\` ON \`_services_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_topics_id_idx\` ON \`_services_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_audiences_id_idx\` ON \`_services_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text,
  	\`parent_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`icon\` text,
  	\`last_reviewed_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_municipality_idx\` ON \`pages\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_order_idx\` ON \`pages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_last_reviewed_at_idx\` ON \`pages\` (\`last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_search_text_idx\` ON \`pages\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_locales_parent_idx\` ON \`pages_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	\`organizations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_services_id_idx\` ON \`pages_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_organizations_id_idx\` ON \`pages_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_slug\` text,
  	\`version_parent_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_icon\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_municipality_idx\` ON \`_pages_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_order_idx\` ON \`_pages_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_last_reviewed_at_idx\` ON \`_pages_v\` (\`version_last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_search_text_idx\` ON \`_pages_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_locales_parent_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	\`organizations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_order_idx\` ON \`_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_parent_idx\` ON \`_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_path_idx\` ON \`_pages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_services_id_idx\` ON \`_pages_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_organizations_id_idx\` ON \`_pages_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text,
  	\`image_id\` text(36),
  	\`published_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_municipality_idx\` ON \`news\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_search_text_idx\` ON \`news\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_locales_parent_idx\` ON \`news_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_slug\` text,
  	\`version_image_id\` text(36),
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_municipality_idx\` ON \`_news_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_search_text_idx\` ON \`_news_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_locales_parent_idx\` ON \`_news_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_recurrence_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_recurrence_weekdays_order_idx\` ON \`events_recurrence_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_recurrence_weekdays_parent_idx\` ON \`events_recurrence_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_recurrence_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_recurrence_exceptions_order_idx\` ON \`events_recurrence_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_recurrence_exceptions_parent_id_idx\` ON \`events_recurrence_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_languages_order_idx\` ON \`events_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_languages_parent_idx\` ON \`events_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_languages_value_idx\` ON \`events_languages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text,
  	\`organization_id\` text(36),
  	\`category\` text DEFAULT 'encounter',
  	\`image_id\` text(36),
  	\`start\` text,
  	\`end\` text,
  	\`all_day\` integer,
  	\`recurrence_frequency\` text DEFAULT 'none',
  	\`recurrence_interval\` numeric DEFAULT 1,
  	\`recurrence_monthly_mode\` text DEFAULT 'nthWeekday',
  	\`recurrence_nth\` text,
  	\`recurrence_nth_weekday\` text,
  	\`recurrence_ends\` text DEFAULT 'never',
  	\`recurrence_until\` text,
  	\`recurrence_count\` numeric,
  	\`last_end\` text,
  	\`location_id\` text(36),
  	\`online_url\` text,
  	\`registration_required\` integer,
  	\`registration_url\` text,
  	\`registration_email\` text,
  	\`cost_type\` text DEFAULT 'free',
  	\`cost_amount\` numeric,
  	\`cancelled\` integer,
  	\`pending_review\` integer DEFAULT false,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_municipality_idx\` ON \`events\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_organization_idx\` ON \`events\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`events_category_idx\` ON \`events\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_last_end_idx\` ON \`events\` (\`last_end\`);`)
  await db.run(sql`CREATE INDEX \`events_location_idx\` ON \`events\` (\`location_id\`);`)
  await db.run(sql`CREATE INDEX \`events_cancelled_idx\` ON \`events\` (\`cancelled\`);`)
  await db.run(sql`CREATE INDEX \`events_pending_review_idx\` ON \`events\` (\`pending_review\`);`)
  await db.run(sql`CREATE INDEX \`events_search_text_idx\` ON \`events\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`location_note\` text,
  	\`registration_note\` text,
  	\`cancellation_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`audiences_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_topics_id_idx\` ON \`events_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_audiences_id_idx\` ON \`events_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_weekdays_order_idx\` ON \`_events_v_version_recurrence_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_weekdays_parent_idx\` ON \`_events_v_version_recurrence_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_exceptions_order_idx\` ON \`_events_v_version_recurrence_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_exceptions_parent_id_idx\` ON \`_events_v_version_recurrence_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_languages_order_idx\` ON \`_events_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_languages_parent_idx\` ON \`_events_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_languages_value_idx\` ON \`_events_v_version_languages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_slug\` text,
  	\`version_organization_id\` text(36),
  	\`version_category\` text DEFAULT 'encounter',
  	\`version_image_id\` text(36),
  	\`version_start\` text,
  	\`version_end\` text,
  	\`version_all_day\` integer,
  	\`version_recurrence_frequency\` text DEFAULT 'none',
  	\`version_recurrence_interval\` numeric DEFAULT 1,
  	\`version_recurrence_monthly_mode\` text DEFAULT 'nthWeekday',
  	\`version_recurrence_nth\` text,
  	\`version_recurrence_nth_weekday\` text,
  	\`version_recurrence_ends\` text DEFAULT 'never',
  	\`version_recurrence_until\` text,
  	\`version_recurrence_count\` numeric,
  	\`version_last_end\` text,
  	\`version_location_id\` text(36),
  	\`version_online_url\` text,
  	\`version_registration_required\` integer,
  	\`version_registration_url\` text,
  	\`version_registration_email\` text,
  	\`version_cost_type\` text DEFAULT 'free',
  	\`version_cost_amount\` numeric,
  	\`version_cancelled\` integer,
  	\`version_pending_review\` integer DEFAULT false,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_location_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_municipality_idx\` ON \`_events_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_organization_idx\` ON \`_events_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_category_idx\` ON \`_events_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_start_idx\` ON \`_events_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_last_end_idx\` ON \`_events_v\` (\`version_last_end\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_location_idx\` ON \`_events_v\` (\`version_location_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cancelled_idx\` ON \`_events_v\` (\`version_cancelled\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_pending_review_idx\` ON \`_events_v\` (\`version_pending_review\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_search_text_idx\` ON \`_events_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_location_note\` text,
  	\`version_registration_note\` text,
  	\`version_cancellation_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`audiences_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_topics_id_idx\` ON \`_events_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_audiences_id_idx\` ON \`_events_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE TABLE \`action_fields\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`icon\` text,
  	\`topic_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`action_fields_municipality_idx\` ON \`action_fields\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`action_fields_slug_idx\` ON \`action_fields\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`action_fields_order_idx\` ON \`action_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`action_fields_topic_idx\` ON \`action_fields\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`action_fields_updated_at_idx\` ON \`action_fields\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_fields_created_at_idx\` ON \`action_fields\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`action_fields_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`action_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`action_fields_locales_locale_parent_id_unique\` ON \`action_fields_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`action_fields_locales_parent_idx\` ON \`action_fields_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`goals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`action_field_id\` text(36) NOT NULL,
  	\`parent_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`action_field_id\`) REFERENCES \`action_fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_municipality_idx\` ON \`goals\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_action_field_idx\` ON \`goals\` (\`action_field_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_parent_idx\` ON \`goals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_order_idx\` ON \`goals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`goals_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`goals_locales_locale_parent_id_unique\` ON \`goals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_locales_parent_idx\` ON \`goals_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`status\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`measures_status_history_order_idx\` ON \`measures_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`measures_status_history_parent_id_idx\` ON \`measures_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures_status_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`measures_status_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`measures_status_history_locales_locale_parent_id_unique\` ON \`measures_status_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_status_history_locales_parent_idx\` ON \`measures_status_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures_reports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`measures_reports_order_idx\` ON \`measures_reports\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`measures_reports_parent_id_idx\` ON \`measures_reports\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures_reports_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`measures_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`measures_reports_locales_locale_parent_id_unique\` ON \`measures_reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_reports_locales_parent_idx\` ON \`measures_reports_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`action_field_id\` text(36) NOT NULL,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`progress\` numeric DEFAULT 0,
  	\`responsible_organization_id\` text(36),
  	\`period_start\` text,
  	\`period_end\` text,
  	\`funding_cost_estimate\` numeric,
  	\`funding_source\` text,
  	\`council_resolution\` text,
  	\`parent_id\` text(36),
  	\`weight\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`action_field_id\`) REFERENCES \`action_fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`measures_municipality_idx\` ON \`measures\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_slug_idx\` ON \`measures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`measures_action_field_idx\` ON \`measures\` (\`action_field_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_status_idx\` ON \`measures\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`measures_responsible_organization_idx\` ON \`measures\` (\`responsible_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_parent_idx\` ON \`measures\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_updated_at_idx\` ON \`measures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`measures_created_at_idx\` ON \`measures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`measures_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`justification\` text,
  	\`responsible_office\` text,
  	\`funding_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`measures_locales_locale_parent_id_unique\` ON \`measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_locales_parent_idx\` ON \`measures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`measures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` text(36),
  	\`organizations_id\` text(36),
  	\`media_id\` text(36),
  	\`services_id\` text(36),
  	\`events_id\` text(36),
  	\`news_id\` text(36),
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`measures_rels_order_idx\` ON \`measures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_parent_idx\` ON \`measures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_path_idx\` ON \`measures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_goals_id_idx\` ON \`measures_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_organizations_id_idx\` ON \`measures_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_media_id_idx\` ON \`measures_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_services_id_idx\` ON \`measures_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_events_id_idx\` ON \`measures_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_news_id_idx\` ON \`measures_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`measures_rels_indicators_id_idx\` ON \`measures_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_version_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_measures_v_version_status_history_order_idx\` ON \`_measures_v_version_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_status_history_parent_id_idx\` ON \`_measures_v_version_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_version_status_history_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_measures_v_version_status_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_measures_v_version_status_history_locales_locale_parent_id_\` ON \`_measures_v_version_status_history_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_status_history_locales_parent_idx\` ON \`_measures_v_version_status_history_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_version_reports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_measures_v_version_reports_order_idx\` ON \`_measures_v_version_reports\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_reports_parent_id_idx\` ON \`_measures_v_version_reports\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_version_reports_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_measures_v_version_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_measures_v_version_reports_locales_locale_parent_id_unique\` ON \`_measures_v_version_reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_reports_locales_parent_idx\` ON \`_measures_v_version_reports_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_municipality_id\` text(36),
  	\`version_slug\` text NOT NULL,
  	\`version_action_field_id\` text(36) NOT NULL,
  	\`version_status\` text DEFAULT 'planned' NOT NULL,
  	\`version_progress\` numeric DEFAULT 0,
  	\`version_responsible_organization_id\` text(36),
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_funding_cost_estimate\` numeric,
  	\`version_funding_source\` text,
  	\`version_council_resolution\` text,
  	\`version_parent_id\` text(36),
  	\`version_weight\` numeric DEFAULT 1,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_action_field_id\`) REFERENCES \`action_fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_responsible_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_measures_v_parent_idx\` ON \`_measures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_municipality_idx\` ON \`_measures_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_slug_idx\` ON \`_measures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_action_field_idx\` ON \`_measures_v\` (\`version_action_field_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_status_idx\` ON \`_measures_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_responsible_organization_idx\` ON \`_measures_v\` (\`version_responsible_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_parent_idx\` ON \`_measures_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_updated_at_idx\` ON \`_measures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_version_version_created_at_idx\` ON \`_measures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_created_at_idx\` ON \`_measures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_updated_at_idx\` ON \`_measures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_description\` text,
  	\`version_justification\` text,
  	\`version_responsible_office\` text,
  	\`version_funding_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_measures_v_locales_locale_parent_id_unique\` ON \`_measures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_locales_parent_idx\` ON \`_measures_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_measures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` text(36),
  	\`organizations_id\` text(36),
  	\`media_id\` text(36),
  	\`services_id\` text(36),
  	\`events_id\` text(36),
  	\`news_id\` text(36),
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_order_idx\` ON \`_measures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_parent_idx\` ON \`_measures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_path_idx\` ON \`_measures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_goals_id_idx\` ON \`_measures_v_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_organizations_id_idx\` ON \`_measures_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_media_id_idx\` ON \`_measures_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_services_id_idx\` ON \`_measures_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_events_id_idx\` ON \`_measures_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_news_id_idx\` ON \`_measures_v_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`_measures_v_rels_indicators_id_idx\` ON \`_measures_v_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`district_id\` text(36),
  	\`legal_group\` text,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_values_order_idx\` ON \`indicators_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_values_parent_id_idx\` ON \`indicators_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_values_district_idx\` ON \`indicators_values\` (\`district_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`source\` text,
  	\`direction\` text DEFAULT 'higher-is-better' NOT NULL,
  	\`baseline_year\` numeric,
  	\`baseline_value\` numeric,
  	\`target_year\` numeric,
  	\`target_value\` numeric,
  	\`computed\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_municipality_idx\` ON \`indicators\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicators_locales\` (
  	\`name\` text NOT NULL,
  	\`definition\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_locales_locale_parent_id_unique\` ON \`indicators_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_locales_parent_idx\` ON \`indicators_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_groups_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` text(36),
  	\`contact_name\` text,
  	\`contact_email\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_groups_members_order_idx\` ON \`working_groups_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_members_parent_id_idx\` ON \`working_groups_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_members_organization_idx\` ON \`working_groups_members\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`working_groups_members_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_groups_members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`working_groups_members_locales_locale_parent_id_unique\` ON \`working_groups_members_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_members_locales_parent_idx\` ON \`working_groups_members_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_groups\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`action_field_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`action_field_id\`) REFERENCES \`action_fields\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`working_groups_municipality_idx\` ON \`working_groups\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_slug_idx\` ON \`working_groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_action_field_idx\` ON \`working_groups\` (\`action_field_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_updated_at_idx\` ON \`working_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_created_at_idx\` ON \`working_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`working_groups_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`working_groups_locales_locale_parent_id_unique\` ON \`working_groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_locales_parent_idx\` ON \`working_groups_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_groups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` text(36),
  	\`measures_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measures_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_groups_rels_order_idx\` ON \`working_groups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_rels_parent_idx\` ON \`working_groups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_rels_path_idx\` ON \`working_groups_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_rels_events_id_idx\` ON \`working_groups_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_rels_measures_id_idx\` ON \`working_groups_rels\` (\`measures_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_editions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`slug\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`council_resolution\` text,
  	\`snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_editions_municipality_idx\` ON \`plan_editions\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_editions_slug_idx\` ON \`plan_editions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`plan_editions_date_idx\` ON \`plan_editions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`plan_editions_updated_at_idx\` ON \`plan_editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_editions_created_at_idx\` ON \`plan_editions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plan_editions_locales\` (
  	\`name\` text NOT NULL,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plan_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_editions_locales_locale_parent_id_unique\` ON \`plan_editions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_editions_locales_parent_idx\` ON \`plan_editions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`page_views\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`key\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`document_i_d\` text,
  	\`path\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`page_views_municipality_idx\` ON \`page_views\` (\`municipality_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`page_views_key_idx\` ON \`page_views\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`page_views_day_idx\` ON \`page_views\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`page_views_kind_idx\` ON \`page_views\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`page_views_document_i_d_idx\` ON \`page_views\` (\`document_i_d\`);`)
  await db.run(sql`CREATE INDEX \`page_views_locale_idx\` ON \`page_views\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`page_views_updated_at_idx\` ON \`page_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_views_created_at_idx\` ON \`page_views\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`locale\` text,
  	\`draft\` integer DEFAULT false,
  	\`mapping\` text,
  	\`status\` text DEFAULT 'new',
  	\`processed\` numeric DEFAULT 0,
  	\`total\` numeric,
  	\`summary\` text,
  	\`error\` text,
  	\`checked_with\` text,
  	\`started_by_id\` text(36),
  	\`started_at\` text,
  	\`heartbeat_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_municipality_idx\` ON \`imports\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`imports_started_by_idx\` ON \`imports\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`imports_filename_idx\` ON \`imports\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`accessibility_feedback\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`subject\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`page_url\` text,
  	\`description\` text NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`locale\` text,
  	\`staff_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`accessibility_feedback_municipality_idx\` ON \`accessibility_feedback\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`accessibility_feedback_status_idx\` ON \`accessibility_feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`accessibility_feedback_updated_at_idx\` ON \`accessibility_feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accessibility_feedback_created_at_idx\` ON \`accessibility_feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translation_states\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`key\` text NOT NULL,
  	\`title\` text,
  	\`locale\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`text_hash\` text,
  	\`based_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_states_municipality_idx\` ON \`translation_states\` (\`municipality_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`translation_states_key_idx\` ON \`translation_states\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_locale_idx\` ON \`translation_states\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_state_idx\` ON \`translation_states\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_updated_at_idx\` ON \`translation_states\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_created_at_idx\` ON \`translation_states\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translation_states_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` text(36),
  	\`news_id\` text(36),
  	\`events_id\` text(36),
  	\`services_id\` text(36),
  	\`organizations_id\` text(36),
  	\`action_fields_id\` text(36),
  	\`goals_id\` text(36),
  	\`measures_id\` text(36),
  	\`indicators_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translation_states\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`action_fields_id\`) REFERENCES \`action_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measures_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_states_rels_order_idx\` ON \`translation_states_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_parent_idx\` ON \`translation_states_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_path_idx\` ON \`translation_states_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_pages_id_idx\` ON \`translation_states_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_news_id_idx\` ON \`translation_states_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_events_id_idx\` ON \`translation_states_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_services_id_idx\` ON \`translation_states_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_organizations_id_idx\` ON \`translation_states_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_action_fields_id_idx\` ON \`translation_states_rels\` (\`action_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_goals_id_idx\` ON \`translation_states_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_measures_id_idx\` ON \`translation_states_rels\` (\`measures_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_states_rels_indicators_id_idx\` ON \`translation_states_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` text(36),
  	\`users_id\` text(36),
  	\`organizations_id\` text(36),
  	\`media_id\` text(36),
  	\`districts_id\` text(36),
  	\`topics_id\` text(36),
  	\`audiences_id\` text(36),
  	\`locations_id\` text(36),
  	\`services_id\` text(36),
  	\`pages_id\` text(36),
  	\`news_id\` text(36),
  	\`events_id\` text(36),
  	\`action_fields_id\` text(36),
  	\`goals_id\` text(36),
  	\`measures_id\` text(36),
  	\`indicators_id\` text(36),
  	\`working_groups_id\` text(36),
  	\`plan_editions_id\` text(36),
  	\`page_views_id\` text(36),
  	\`imports_id\` text(36),
  	\`accessibility_feedback_id\` text(36),
  	\`translation_states_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locations_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`action_fields_id\`) REFERENCES \`action_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measures_id\`) REFERENCES \`measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_editions_id\`) REFERENCES \`plan_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accessibility_feedback_id\`) REFERENCES \`accessibility_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_states_id\`) REFERENCES \`translation_states\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locations_id_idx\` ON \`payload_locked_documents_rels\` (\`locations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`action_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_measures_id_idx\` ON \`payload_locked_documents_rels\` (\`measures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accessibility_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`accessibility_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_states_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_states_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`municipalities_enabled_locales\`;`)
  await db.run(sql`DROP TABLE \`municipalities\`;`)
  await db.run(sql`DROP TABLE \`municipalities_locales\`;`)
  await db.run(sql`DROP TABLE \`users_tenants\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`districts\`;`)
  await db.run(sql`DROP TABLE \`districts_locales\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`audiences\`;`)
  await db.run(sql`DROP TABLE \`audiences_locales\`;`)
  await db.run(sql`DROP TABLE \`locations_hours_slots\`;`)
  await db.run(sql`DROP TABLE \`locations_hours_closed_dates\`;`)
  await db.run(sql`DROP TABLE \`locations\`;`)
  await db.run(sql`DROP TABLE \`locations_locales\`;`)
  await db.run(sql`DROP TABLE \`_locations_v_version_hours_slots\`;`)
  await db.run(sql`DROP TABLE \`_locations_v_version_hours_closed_dates\`;`)
  await db.run(sql`DROP TABLE \`_locations_v\`;`)
  await db.run(sql`DROP TABLE \`_locations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`services_languages\`;`)
  await db.run(sql`DROP TABLE \`services_delivery\`;`)
  await db.run(sql`DROP TABLE \`services_locations_hours_slots\`;`)
  await db.run(sql`DROP TABLE \`services_locations_hours_closed_dates\`;`)
  await db.run(sql`DROP TABLE \`services_locations\`;`)
  await db.run(sql`DROP TABLE \`services_locations_locales\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`services_rels\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_delivery\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_locations_hours_slots\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_locations_hours_closed_dates\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_locations\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_locations_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`events_recurrence_weekdays\`;`)
  await db.run(sql`DROP TABLE \`events_recurrence_exceptions\`;`)
  await db.run(sql`DROP TABLE \`events_languages\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_weekdays\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`action_fields\`;`)
  await db.run(sql`DROP TABLE \`action_fields_locales\`;`)
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`DROP TABLE \`goals_locales\`;`)
  await db.run(sql`DROP TABLE \`measures_status_history\`;`)
  await db.run(sql`DROP TABLE \`measures_status_history_locales\`;`)
  await db.run(sql`DROP TABLE \`measures_reports\`;`)
  await db.run(sql`DROP TABLE \`measures_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`measures\`;`)
  await db.run(sql`DROP TABLE \`measures_locales\`;`)
  await db.run(sql`DROP TABLE \`measures_rels\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_version_status_history\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_version_status_history_locales\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_version_reports\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_version_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`_measures_v\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_measures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`indicators_values\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`working_groups_members\`;`)
  await db.run(sql`DROP TABLE \`working_groups_members_locales\`;`)
  await db.run(sql`DROP TABLE \`working_groups\`;`)
  await db.run(sql`DROP TABLE \`working_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`working_groups_rels\`;`)
  await db.run(sql`DROP TABLE \`plan_editions\`;`)
  await db.run(sql`DROP TABLE \`plan_editions_locales\`;`)
  await db.run(sql`DROP TABLE \`page_views\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`DROP TABLE \`accessibility_feedback\`;`)
  await db.run(sql`DROP TABLE \`translation_states\`;`)
  await db.run(sql`DROP TABLE \`translation_states_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
