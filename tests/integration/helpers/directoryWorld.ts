import type { Payload } from 'payload'
import { richText } from '@cms/seed/lexical'
import type { World } from './world'


type Slot = { day: string; opens: string; closes: string }

/**
 * A small directory on top of the access-test world: taxonomy, three locations with known
 * hours and coordinates, and services whose expected search results are easy to state.
 */
export async function buildDirectory(payload: Payload, world: World) {
  const { town1, town2 } = world.towns
  const make = async (collection: 'topics' | 'audiences' | 'districts', municipality: string, slug: string, name: string, extra = {}) =>
    String((await payload.create({ collection, overrideAccess: true, data: { municipality, slug, name, ...extra } as never })).id)

  const languageEducation = await make('topics', town1, 'language-education', 'Sprache und Bildung')
  const languageCourses = await make('topics', town1, 'language-courses', 'Sprachkurse', { parent: languageEducation })
  const work = await make('topics', town1, 'work', 'Arbeit')
  const women = await make('audiences', town1, 'women', 'Frauen')
  const nord = await make('districts', town1, 'nord', 'Nord')
  const sued = await make('districts', town1, 'sued', 'Süd')
  await make('districts', town1, 'west', 'West')

  const location = async (organization: string, name: string, district: string, latitude: number, longitude: number, slots: Slot[]) =>
    String(
      (
        await payload.create({
          collection: 'locations',
          overrideAccess: true,
          data: {
            organization,
            name,
            district,
            latitude,
            longitude,
            address: { street: 'Markt 1', postalCode: '99817', city: 'Eisenach' },
            hours: { slots },
            _status: 'published',
          } as never,
        })
      ).id,
    )
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens: '09:00', closes: '17:00' }))
  const LA1 = await location(world.orgs.A, 'Beratungszentrum Nord', nord, 50.98, 10.32, weekdays)
  const LA2 = await location(world.orgs.A, 'Büro Süd', sued, 50.96, 10.31, [{ day: 'sat', opens: '10:00', closes: '14:00' }])
  const LB1 = await location(world.orgs.B, 'Nachtcafé', nord, 50.99, 10.33, [
    { day: 'fri', opens: '20:00', closes: '02:00' },
    { day: 'sun', opens: '10:00', closes: '11:00' },
  ])

  const service = async (data: Record<string, unknown>, opts: { draft?: boolean; ar?: Record<string, string> } = {}) => {
    const doc = await payload.create({
      collection: 'services',
      overrideAccess: true,
      draft: opts.draft,
      data: { kind: 'counselling', _status: opts.draft ? 'draft' : 'published', ...data } as never,
    })
    if (opts.ar) await payload.update({ collection: 'services', id: doc.id, locale: 'ar', overrideAccess: true, data: opts.ar as never })
    return String(doc.id)
  }
  const S1 = await service(
    {
      organization: world.orgs.A,
      title: 'Deutschkurs für Frauen',
      summary: 'Deutsch lernen mit Kinderbetreuung.',
      description: richText('Ein Kurs am Vormittag.'),
      languages: ['de', 'ar'],
      topics: [languageCourses],
      audiences: [women],
      cost: { type: 'free' },
      locations: [{ location: LA1 }],
    },
    { ar: { title: 'دورة ألمانية للنساء', summary: 'تعلم الألمانية مع رعاية الأطفال.' } },
  )
  const S2 = await service({
    organization: world.orgs.A,
    title: 'Wohnungsberatung',
    summary: 'Hilfe bei der Wohnungssuche.',
    languages: ['de', 'uk'],
    topics: [work],
    cost: { type: 'fee', amount: 5 },
    locations: [{ location: LA2 }],
  })
  // Org B is a draft organisation, but its service is published: the service is public.
  const S3 = await service({
    organization: world.orgs.B,
    title: 'Nachtcafé',
    summary: 'Begegnung am Abend.',
    languages: ['ti', 'ar'],
    topics: [languageEducation],
    cost: { type: 'free' },
    locations: [{ location: LB1 }],
  })
  const S4 = await service({ organization: world.orgs.B, title: 'Deutschkurs Entwurf', languages: ['de'] }, { draft: true })
  const S5 = await service({ organization: world.orgs.C, title: 'Deutschkurs in Town Two', languages: ['de'] })
  const S6 = await service({ organization: world.orgs.A, title: 'Deutschkurs beendet', status: 'ended', languages: ['de'], locations: [{ location: LA1 }] })
  // Town two publishes provider changes directly.
  await payload.update({ collection: 'municipalities', id: town2, overrideAccess: true, data: { directory: { providerPublishing: 'direct' } } })
  return { topics: { languageEducation, languageCourses, work }, audiences: { women }, districts: { nord, sued }, locations: { LA1, LA2, LB1 }, services: { S1, S2, S3, S4, S5, S6 } }
}

/**
 * A service that fills every field HSDS maps (fee with note, eligibility, documents, booking
 * link, contact, validity, topic and audience): add `locations`, or override.
 */
export function richServiceData(world: World, dir: Awaited<ReturnType<typeof buildDirectory>>) {
  return {
    organization: world.orgs.A,
    title: 'Migrationsberatung',
    summary: 'Beratung zu Aufenthalt und Arbeit.',
    languages: ['ar', 'ti'],
    topics: [dir.topics.work],
    audiences: [dir.audiences.women],
    cost: { type: 'fee', amount: 12.5, note: 'pro Termin' },
    eligibility: 'Erwachsene ab 18 Jahren',
    requiredDocuments: 'Pass und Aufenthaltstitel',
    howToApply: 'Termin telefonisch vereinbaren',
    appointment: { required: 'yes', bookingUrl: 'https://termine.example.org/migration' },
    contactPerson: 'Frau Beispiel',
    email: 'beratung@example.org',
    phone: '+49 3691 123456',
    validFrom: '2020-01-01T12:00:00.000Z',
    validTo: '2099-12-31T12:00:00.000Z',
  }
}

/** A location of town one's market square (published, or a never-published draft). */
export async function createLocation(payload: Payload, data: Record<string, unknown>, draft = false): Promise<string> {
  const doc = await payload.create({
    collection: 'locations',
    overrideAccess: true,
    draft,
    data: { address: { street: 'Markt 1', postalCode: '99817', city: 'Eisenach' }, _status: draft ? 'draft' : 'published', ...data } as never,
  })
  return String(doc.id)
}
