import path from 'node:path'
import { DEFAULT_LOCALE, LOCALE_CODES } from '@shared/locales'
import type { IntegrationPortalOptions, PortalSlugs, ResolvedOptions } from './types'

export const DEFAULT_SLUGS: PortalSlugs = {
  municipalities: 'municipalities',
  users: 'users',
  organizations: 'organizations',
  media: 'media',
  districts: 'districts',
  topics: 'topics',
  audiences: 'audiences',
  locations: 'locations',
  services: 'services',
  pages: 'pages',
  news: 'news',
  events: 'events',
  translationStates: 'translation-states',
  actionFields: 'action-fields',
  goals: 'goals',
  measures: 'measures',
  indicators: 'indicators',
  workingGroups: 'working-groups',
  planEditions: 'plan-editions',
  pageViews: 'page-views',
  imports: 'imports',
  accessibilityFeedback: 'accessibility-feedback',
  searchSynonyms: 'search-synonyms',
  searchMisses: 'search-misses',
  auditLog: 'audit-log',
}

export function resolveOptions(options: IntegrationPortalOptions = {}): ResolvedOptions {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE
  const locales = options.locales?.length ? options.locales : LOCALE_CODES
  return {
    disabled: options.disabled ?? false,
    // The default language must be a content language, else every fallback breaks.
    locales: locales.includes(defaultLocale) ? locales : [defaultLocale, ...locales],
    defaultLocale,
    adminLanguages: options.adminLanguages ?? ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'],
    // A renamed collection is still ours in shape: the code keeps typing it by its default slug.
    // The audit log keeps its slug (contract): recordAudit() writes to it wherever it is called from.
    slugs: { ...DEFAULT_SLUGS, ...options.slugs, auditLog: DEFAULT_SLUGS.auditLog } as PortalSlugs,
    overrides: options.overrides ?? {},
    translationProvider: options.translationProvider,
    mediaDir: options.mediaDir ?? process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'data/media'),
    importsDir: options.importsDir ?? process.env.IMPORTS_DIR ?? path.resolve(process.cwd(), 'data/imports'),
  }
}
