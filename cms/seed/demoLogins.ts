import { DEMO_ORGANIZATIONS, DEMO_TOWNS } from './demoData'

/** The default demo password (contract: documented in the README, overridden by DEMO_PASSWORD). */
export const DEFAULT_DEMO_PASSWORD = 'demo-portal-2026'

export const demoPassword = (): string => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD

export interface DemoLogin {
  email: string
  role: 'admin' | 'editor' | 'provider'
  town?: string
  organization?: string
}

/** The demo logins (contract): one admin, one editor per town, providers of several organisations. */
export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'admin@example.org', role: 'admin' },
  ...DEMO_TOWNS.map((t) => ({ email: `editor@${t.slug}.example.org`, role: 'editor' as const, town: t.slug })),
  ...DEMO_ORGANIZATIONS.flatMap((o) => (o.provider ? [{ ...o, provider: o.provider }] : [])).map((o) => ({
    email: o.provider,
    role: 'provider' as const,
    town: o.town,
    organization: o.slug,
  })),
]
