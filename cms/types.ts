import type { CollectionConfig } from 'payload'
import type { Locale } from '@shared/locales'
import type { TranslationProvider } from './translation/provider'

/** The collections this plugin adds; their slugs are a contract with the portal and scripts. */
export type PortalCollection =
  | 'municipalities'
  | 'users'
  | 'organizations'
  | 'media'
  | 'districts'
  | 'topics'
  | 'audiences'
  | 'locations'
  | 'services'
  | 'pages'
  | 'news'
  | 'events'
  | 'translationStates'
  | 'actionFields'
  | 'goals'
  | 'measures'
  | 'indicators'
  | 'workingGroups'
  | 'planEditions'
  | 'pageViews'
  | 'imports'
  | 'accessibilityFeedback'
  | 'searchSynonyms'
  | 'searchMisses'
  | 'auditLog'

/**
 * The collections' slugs as the plugin's code names them. A host may rename a collection
 * (the `slugs` option): the documents keep their shape, so the code reads and writes them
 * typed by the generated types of the default slugs; `resolveOptions` says so once.
 */
export interface PortalSlugs {
  municipalities: 'municipalities'
  users: 'users'
  organizations: 'organizations'
  media: 'media'
  districts: 'districts'
  topics: 'topics'
  audiences: 'audiences'
  locations: 'locations'
  services: 'services'
  pages: 'pages'
  news: 'news'
  events: 'events'
  translationStates: 'translation-states'
  actionFields: 'action-fields'
  goals: 'goals'
  measures: 'measures'
  indicators: 'indicators'
  workingGroups: 'working-groups'
  planEditions: 'plan-editions'
  pageViews: 'page-views'
  imports: 'imports'
  accessibilityFeedback: 'accessibility-feedback'
  searchSynonyms: 'search-synonyms'
  searchMisses: 'search-misses'
  auditLog: 'audit-log'
}

export interface IntegrationPortalOptions {
  /**
   * Keep the schema (collections and fields, so migrations stay stable) but add no
   * endpoints and no admin components of this plugin.
   * @default false
   */
  disabled?: boolean
  /**
   * The content languages. A town may enable a subset of these.
   * @default all twelve locales of `shared/locales.ts`
   * @example ['de', 'en', 'ar']
   */
  locales?: Locale[]
  /**
   * The source language of all content and the fallback of last resort.
   * @default 'de'
   */
  defaultLocale?: Locale
  /**
   * Languages of the admin interface, chosen per user in the account settings.
   * Only languages Payload has translations for.
   * @default ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr']
   */
  adminLanguages?: AdminLanguage[]
  /**
   * Collection slugs. Change them only in a project that does not use the bundled portal.
   * @default each collection's own name, e.g. { services: 'services', locations: 'locations' }
   */
  slugs?: Partial<Record<PortalCollection, string>>
  /**
   * Last word on a collection's config: receives ours and returns the one to use
   * (e.g. to add a field). Access rules are kept unless the override replaces them.
   * @example { organizations: (c) => ({ ...c, fields: [...c.fields, { name: 'vatId', type: 'text' }] }) }
   */
  overrides?: Partial<Record<PortalCollection, (collection: CollectionConfig) => CollectionConfig>>
  /**
   * The machine translation service. Default: from the environment (`TRANSLATION_PROVIDER`
   * = none | dev | libretranslate | deepl, `TRANSLATION_API_URL`, `TRANSLATION_API_KEY`);
   * none means the "machine-translate" endpoint answers 501.
   */
  translationProvider?: () => TranslationProvider | null
  /**
   * Where uploaded files are stored.
   * @default `${process.cwd()}/data/media`, or the `MEDIA_DIR` environment variable
   */
  mediaDir?: string
  /**
   * Where import spreadsheets and their reports are stored: staff-only files, kept out of
   * `mediaDir` so that no public file route reaches them.
   * @default `${process.cwd()}/data/imports`, or the `IMPORTS_DIR` environment variable
   */
  importsDir?: string
}

export type AdminLanguage = 'de' | 'en' | 'ar' | 'fa' | 'uk' | 'ru' | 'tr'

/** Options with every default applied: the rest of the plugin never checks for undefined. */
export interface ResolvedOptions {
  disabled: boolean
  locales: Locale[]
  defaultLocale: Locale
  adminLanguages: AdminLanguage[]
  slugs: PortalSlugs
  overrides: Partial<Record<PortalCollection, (collection: CollectionConfig) => CollectionConfig>>
  mediaDir: string
  importsDir: string
  translationProvider?: () => TranslationProvider | null
}
