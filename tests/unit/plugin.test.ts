import { randomBytes } from 'node:crypto'
import type { Config } from 'payload'
import { integrationPortal } from '@cms/index'

const base = (): Config => ({ secret: randomBytes(32).toString('hex'), collections: [], db: {} as Config['db'] }) as unknown as Config

describe('integrationPortal(options)', () => {
  test('adds the contract collections, localization and admin languages to a bare config', () => {
    const config = integrationPortal()(base())
    expect(config.collections?.map((c) => c.slug)).toEqual([
      'municipalities',
      'users',
      'organizations',
      'media',
      'districts',
      'topics',
      'audiences',
      'locations',
      'services',
      'pages',
      'news',
      'events',
      'action-fields',
      'goals',
      'measures',
      'indicators',
      'working-groups',
      'plan-editions',
      'page-views',
      'imports',
      'accessibility-feedback',
      'search-synonyms',
      'search-misses',
      'audit-log',
      'translation-states',
    ])
    expect(config.admin?.user).toBe('users')
    const localization = config.localization as { locales: { code: string; rtl?: boolean }[]; defaultLocale: string }
    expect(localization.defaultLocale).toBe('de')
    expect(localization.locales).toHaveLength(12)
    expect(localization.locales.find((l) => l.code === 'ar')?.rtl).toBe(true)
    expect(Object.keys(config.i18n?.supportedLanguages ?? {}).sort()).toEqual(['ar', 'de', 'en', 'fa', 'ru', 'tr', 'uk'])
  })

  test('keeps the host’s own collections and localization', () => {
    const host = { ...base(), collections: [{ slug: 'pages', fields: [] }], localization: { locales: ['de'], defaultLocale: 'de' } } as Config
    const config = integrationPortal()(host)
    expect(config.collections?.[0]?.slug).toBe('pages')
    expect(config.localization).toBe(host.localization)
  })

  test('takes a subset of locales and always keeps the default one', () => {
    const config = integrationPortal({ locales: ['en', 'ar'] })(base())
    const codes = (config.localization as { locales: { code: string }[] }).locales.map((l) => l.code)
    expect(codes).toEqual(['de', 'en', 'ar'])
  })

  test('slug overrides and collection overrides apply', () => {
    const config = integrationPortal({
      slugs: { organizations: 'providers' },
      overrides: { organizations: (c) => ({ ...c, fields: [...c.fields, { name: 'vatId', type: 'text' }] }) },
    })(base())
    const orgs = config.collections?.find((c) => c.slug === 'providers')
    expect(orgs?.fields.some((f) => 'name' in f && f.name === 'vatId')).toBe(true)
    const users = config.collections?.find((c) => c.slug === 'users')
    const rel = users?.fields.find((f) => 'name' in f && f.name === 'organizations') as { relationTo: string }
    expect(rel.relationTo).toBe('providers')
  })

  test('the town field is added to town-owned collections, and disabled keeps the schema', () => {
    for (const disabled of [false, true]) {
      const config = integrationPortal({ disabled })(base())
      for (const slug of ['organizations', 'media', 'districts', 'topics', 'audiences', 'locations', 'services', 'pages']) {
        const fields = config.collections?.find((c) => c.slug === slug)?.fields ?? []
        expect(fields.some((f) => 'name' in f && f.name === 'municipality')).toBe(true)
      }
    }
  })
})
