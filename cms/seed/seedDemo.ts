import type { Payload } from 'payload'
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES } from '@shared/locales'
import { DEMO_ORGANIZATIONS, imprintFor, privacyFor } from './demoData'
import { EXTRA_ORGANIZATIONS } from './demoDirectory'
import { accessibilityFor, easyGermanFor, nonAccessibleEn } from './demoAccessibility'
import { idIn, seedDirectory } from './seedDirectory'
import { seedEvents, seedGuide, seedNews } from './seedContent'
import { seedSynonyms } from './seedSynonyms'
import { seedPlan } from './seedPlan'
import { seedTranslationStates } from './seedTranslationStates'
import { DEMO_LOGINS, demoPassword } from './demoLogins'
import { DEMO_TEXTS } from './translations'
import { DEMO_TOWN_SHAPES } from './demoTownShapes'

/** Writes the other languages of localized fields after the German original. */
async function addTranslations(
  payload: Payload,
  collection: 'municipalities' | 'organizations',
  id: string,
  field: string,
  texts: Record<string, string>,
) {
  for (const [locale, text] of Object.entries(texts)) {
    if (locale === DEFAULT_LOCALE || !isLocale(locale)) continue
    await payload.update({
      collection,
      id,
      locale,
      data: { [field]: text },
      overrideAccess: true,
    })
  }
}

export async function seedDemo(payload: Payload): Promise<void> {
  const townIDs = new Map<string, string>()
  for (const town of DEMO_TEXTS.towns) {
    const doc = await payload.create({
      collection: 'municipalities',
      locale: DEFAULT_LOCALE,
      overrideAccess: true,
      data: {
        name: town.name,
        slug: town.slug,
        ags: town.ags,
        kind: town.kind,
        defaultLocale: 'de',
        enabledLocales: town.enabledLocales ?? LOCALE_CODES,
        timeZone: 'Europe/Berlin',
        welcome: town.welcome.de,
        contact: town.contact,
        theme: { primaryColor: town.primaryColor },
        imprint: imprintFor(town),
        privacy: privacyFor(),
        accessibility: accessibilityFor(town),
        easyAccess: { easyGerman: easyGermanFor(town) },
        mapShapes: DEMO_TOWN_SHAPES[town.slug] ?? null,
      },
    })
    townIDs.set(town.slug, String(doc.id))
    await payload.update({ collection: 'municipalities', id: doc.id, locale: 'en', data: { accessibility: { nonAccessible: nonAccessibleEn() } }, overrideAccess: true })
    await addTranslations(payload, 'municipalities', String(doc.id), 'welcome', town.welcome)
  }

  const orgIDs = new Map<string, string>()
  for (const org of [...DEMO_ORGANIZATIONS, ...EXTRA_ORGANIZATIONS]) {
    const doc = await payload.create({
      collection: 'organizations',
      locale: DEFAULT_LOCALE,
      overrideAccess: true,
      data: {
        municipality: idIn(townIDs, org.town),
        name: org.name,
        slug: org.slug,
        kind: org.kind,
        description: org.description.de,
        email: org.email,
        phone: org.phone,
        website: org.website,
        _status: 'published',
      },
    })
    orgIDs.set(org.slug, String(doc.id))
    await addTranslations(payload, 'organizations', String(doc.id), 'description', org.description)
  }

  const orgNames = new Map([...DEMO_ORGANIZATIONS, ...EXTRA_ORGANIZATIONS].map((o) => [o.slug, o.name]))
  const directory = await seedDirectory(payload, townIDs, orgIDs, orgNames)
  // The demo guide is Eisenach's; the district shows a town without one.
  await seedGuide(payload, 'eisenach', idIn(townIDs, 'eisenach'), directory.services)
  await seedNews(payload, idIn(townIDs, 'eisenach'))
  const events = await seedEvents(payload, townIDs, orgIDs, directory)
  await seedPlan(payload, idIn(townIDs, 'eisenach'), orgIDs, directory, events)
  await seedTranslationStates(payload)
  // The demo town's search synonyms (Eisenach): "Arzt" finds health services, in every UI language.
  await seedSynonyms(payload, idIn(townIDs, 'eisenach'))

  const password = demoPassword()
  for (const login of DEMO_LOGINS) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: login.email,
        password,
        name: login.email.split('@')[0],
        role: login.role,
        tenants: login.town ? [{ municipality: idIn(townIDs, login.town) }] : [],
        organizations: login.organization ? [idIn(orgIDs, login.organization)] : [],
      },
    })
  }
}
