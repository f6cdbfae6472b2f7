import type { Payload } from 'payload'
import { LOCALE_CODES } from '@shared/locales'

export const PASSWORD = 'correct-horse-battery'

/**
 * Two towns, each with a published and a draft organisation, and one account per role:
 * the cast of every access test.
 */
export async function buildWorld(payload: Payload) {
  const town = async (slug: string) =>
    String((await payload.create({ collection: 'municipalities', overrideAccess: true, data: { name: slug, slug, defaultLocale: 'de', enabledLocales: [...LOCALE_CODES], timeZone: 'Europe/Berlin' } })).id)
  const town1 = await town('town-one')
  const town2 = await town('town-two')

  const org = async (slug: string, municipality: string, status: 'published' | 'draft') =>
    String(
      (
        await payload.create({
          collection: 'organizations',
          overrideAccess: true,
          draft: status === 'draft',
          data: { name: slug, slug, municipality, kind: 'counselling', internalNotes: `secret of ${slug}`, _status: status },
        })
      ).id,
    )
  const orgs = {
    A: await org('org-a', town1, 'published'),
    B: await org('org-b', town1, 'draft'),
    C: await org('org-c', town2, 'published'),
    D: await org('org-d', town2, 'draft'),
  }

  const user = async (email: string, role: 'admin' | 'editor' | 'provider', opts: { town?: string; org?: string } = {}) =>
    String(
      (
        await payload.create({
          collection: 'users',
          overrideAccess: true,
          data: {
            email,
            password: PASSWORD,
            role,
            tenants: opts.town ? [{ municipality: opts.town }] : [],
            organizations: opts.org ? [opts.org] : [],
          },
        })
      ).id,
    )
  const users = {
    admin: await user('admin@test.example', 'admin'),
    editor1: await user('editor1@test.example', 'editor', { town: town1 }),
    editor2: await user('editor2@test.example', 'editor', { town: town2 }),
    providerA: await user('provider-a@test.example', 'provider', { org: orgs.A }),
    providerB: await user('provider-b@test.example', 'provider', { org: orgs.B }),
    providerC: await user('provider-c@test.example', 'provider', { org: orgs.C }),
  }
  return { towns: { town1, town2 }, orgs, users }
}

export type World = Awaited<ReturnType<typeof buildWorld>>

/**
 * A fresh Payload on its own database with the world of every access test in it: a copy of
 * the run's world template (with its login tokens) when there is one, else built here.
 */
export async function bootWorld() {
  const { bootPayload } = await import('./payload')
  const booted = await bootPayload({ withWorld: true })
  return { ...booted, world: booted.templateWorld?.world ?? (await buildWorld(booted.payload)), tokens: booted.templateWorld?.tokens }
}
