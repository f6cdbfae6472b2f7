import type { Payload } from 'payload'
import { brandOf } from '@cms/adminFace/brand'
import { publicPageOf } from '@cms/adminFace/publicPage'
import { documentRouteOf } from '@shared/routes'
import { setupWorld } from './helpers/setup'

/*
 * The portal's face on the admin, on a real Payload: the link from a document to its public
 * page (the route table's page, the town, the language being edited, a guide page's path),
 * the brand of the person logged in, and a help text in plain words on every collection.
 */
let payload: Payload
let world: Awaited<ReturnType<typeof setupWorld>>['world']
beforeAll(async () => {
  ;({ payload, world } = await setupWorld())
}, 120000)

const user = (id: string) => payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })

test('a published service links to its page in the language being edited; a place has no page of its own', async () => {
  const service = await payload.create({
    collection: 'services',
    overrideAccess: true,
    data: { title: 'Beratung', slug: 'face-beratung', organization: world.orgs.A, municipality: world.towns.town1, kind: 'counselling', status: 'active', cost: { type: 'free' }, appointment: { required: 'recommended' }, _status: 'published' },
  })
  expect(await publicPageOf(payload, 'services', String(service.id), 'de')).toEqual({ href: '/de/town-one/services/face-beratung', live: true })
  expect(await publicPageOf(payload, 'services', String(service.id), 'ar')).toEqual({ href: '/ar/town-one/services/face-beratung', live: true })
  const place = await payload.create({
    collection: 'locations',
    overrideAccess: true,
    data: { name: 'Haus', organization: world.orgs.A, municipality: world.towns.town1, latitude: 50.97, longitude: 10.32, address: { street: 'Markt 1', postalCode: '99817', city: 'Eisenach' } },
  })
  expect(await publicPageOf(payload, 'locations', String(place.id), 'de')).toBeNull()
  expect(await publicPageOf(payload, 'services', 'does-not-exist', 'de')).toBeNull()
})

test('a guide page links through its parents; a draft that was never published is not on the portal yet', async () => {
  const parent = await payload.create({ collection: 'pages', overrideAccess: true, data: { title: 'Schule', slug: 'schule', municipality: world.towns.town1, _status: 'published' } })
  const child = await payload.create({ collection: 'pages', overrideAccess: true, data: { title: 'Kita', slug: 'kita', parent: parent.id, municipality: world.towns.town1, _status: 'published' } })
  expect(await publicPageOf(payload, 'pages', String(child.id), 'uk')).toEqual({ href: '/uk/town-one/guide/schule/kita', live: true })
  // Organisation B of the world was only ever saved as a draft.
  expect(await publicPageOf(payload, 'organizations', world.orgs.B, 'de')).toEqual({ href: '/de/town-one/organizations/org-b', live: false })
})

test('the brand is the town of the person logged in: an editor’s own, a provider’s through the organisation; none for an admin of two towns', async () => {
  await payload.update({ collection: 'municipalities', id: world.towns.town1, overrideAccess: true, data: { theme: { primaryColor: '#1d6b3a' } } })
  const editor = await brandOf(payload, await user(world.users.editor1), 'de')
  expect(editor.town).toEqual({ name: 'town-one', color: '#1d6b3a', logo: null, href: '/de/town-one' })
  expect(editor.portalName).toBe('Willkommensportal')
  const provider = await brandOf(payload, await user(world.users.providerC), 'ar')
  expect(provider.town?.name).toBe('town-two')
  expect(provider.portalName).toBe('بوابة الترحيب')
  const admin = await brandOf(payload, await user(world.users.admin), 'en')
  expect(admin.town).toBeNull()
  expect(admin.portalHref).toBe('/en')
  // The login page knows no person: with two towns it names the portal only.
  expect((await brandOf(payload, null, 'de')).town).toBeNull()
})

test('every collection of the plugin has a help text in the admin language, and those with a public page the link to it', () => {
  // The key asked for; that every key exists in every admin language is admin-language.test.ts's sweep.
  const t = (key: string) => key
  for (const collection of payload.config.collections.filter((c) => !c.slug.startsWith('payload-'))) {
    const description = collection.admin?.description
    expect(typeof description).toBe('function')
    const text = typeof description === 'function' ? description({ t: t as never }) : ''
    expect(text).toMatch(/^portal:\S+/)
    const controls = JSON.stringify(collection.admin?.components?.edit?.beforeDocumentControls ?? [])
    expect(controls.includes('PublicPageLink')).toBe(documentRouteOf(collection.slug) !== null)
  }
})
