import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { searchServices } from '@cms/directory/searchServices'
import { searchSite } from '@cms/directory/siteIndex'
import { townTaxonomy, topicWithSubTopics } from '@cms/directory/taxonomy'
import { seedDemoIfEmpty } from '@cms/seed/seedDemoIfEmpty'
import { parseDirectoryParams } from '@shared/directoryParams'
import { writeArtifact } from '../helpers/artifact'
import { bootPayload } from './helpers/payload'
import { EVERYDAY_WORDS, FIRST_RESULT_TOPIC } from './searchEverydayWords'

/*
 * The search finds what newcomers type, in every UI language, in the demo town (Eisenach):
 * every example a search box suggests (read from locales/*.json, never changed to pass), and
 * a fixed list of everyday words with one-typo variants (searchEverydayWords.ts).
 */
let payload: Payload
let cleanup: () => Promise<void>
let town = ''
const timeZone = 'Europe/Berlin'

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await seedDemoIfEmpty(payload)
  const { docs } = await payload.find({ collection: 'municipalities', where: { slug: { equals: 'eisenach' } }, overrideAccess: true, depth: 0 })
  town = String(docs[0]?.id)
}, 300000)
/** What each search found, for the report (tests/.artifacts/search-counts.md): locale → rows. */
const counts = new Map<string, string[]>()
const count = (locale: string, row: string) => counts.set(locale, [...(counts.get(locale) ?? []), row])

afterAll(async () => {
  if (counts.size) {
    const sections = [...counts].map(([locale, rows]) => [`## ${locale}`, '', '| kind | search | directory | site search |', '|---|---|--:|--:|', ...rows, ''].join('\n'))
    writeArtifact('search-counts.md', ['# What the demo town’s searches find (Eisenach)', '', 'Placeholder examples, everyday words and one-typo variants; the number of services found by the directory search, and of guide pages, news and events found by the site search.', '', ...sections].join('\n'))
  }
  await cleanup?.()
})

const services = (q: string, locale: string) => searchServices(payload, parseDirectoryParams({ q }), { townID: town, timeZone, locale, recordMisses: false })

/** A placeholder's examples: the words after its "e.g.", split at the language's commas. */
const PREFIX = /^(z\. B\.|Zum Beispiel:|e\.g\.|p\. ex\.|ör\.|например,|наприклад,|مثلًا:|مثلاً|د بېلګې په توګه:|tusaale:|ንኣብነት፦)\s*/
function examples(placeholder: string): string[] {
  expect(placeholder).toMatch(PREFIX)
  return placeholder
    .replace(PREFIX, '')
    .split(/[,،፣]/)
    .map((e) => e.trim())
    .filter(Boolean)
}

/** Every placeholder of a locale file that suggests examples, by its key path. */
function placeholders(messages: unknown, at = ''): [string, string][] {
  if (typeof messages === 'string') return /placeholder$/i.test(at) && PREFIX.test(messages) ? [[at, messages]] : []
  if (!messages || typeof messages !== 'object') return []
  return Object.entries(messages).flatMap(([key, value]) => placeholders(value, at ? `${at}.${key}` : key))
}

const LOCALE_FILES = fs.readdirSync(path.resolve('locales')).filter((f) => f.endsWith('.json'))

describe('every example a search box suggests finds something', () => {
  test.each(LOCALE_FILES.map((f) => f.replace('.json', '')))('%s', async (locale) => {
    const found = placeholders(JSON.parse(fs.readFileSync(path.resolve('locales', `${locale}.json`), 'utf8')))
    // The directory's box and the site search's box, at least.
    expect(found.length).toBeGreaterThanOrEqual(2)
    const missing: string[] = []
    for (const [key, placeholder] of found) {
      for (const example of examples(placeholder)) {
        const inDirectory = (await services(example, locale)).total
        // The site search also looks in guide pages, news and events.
        const site = await searchSite(payload, town, example, locale, new Date())
        const onSite = site ? site.pages.length + site.news.length + site.events.length : 0
        count(locale, `| example (${key}) | ${example} | ${inDirectory} | ${onSite} |`)
        if (inDirectory + onSite === 0) missing.push(`${key}: ${example}`)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('everyday words and one-typo variants find something', () => {
  test.each(Object.keys(EVERYDAY_WORDS))('%s', async (locale) => {
    const { words, typos } = EVERYDAY_WORDS[locale] ?? { words: [], typos: [] }
    expect(words.length).toBeGreaterThanOrEqual(30)
    const missing: string[] = []
    for (const word of [...words, ...typos]) {
      const { total } = await services(word, locale)
      count(locale, `| ${words.includes(word) ? 'everyday word' : 'typo'} | ${word} | ${total} | – |`)
      if (total === 0) missing.push(word)
    }
    expect(missing).toEqual([])
  })

  test('a nonsense word finds nothing (the search does not match everything)', async () => {
    expect((await services('xylofonquatsch', 'de')).total).toBe(0)
    expect((await services('Arzt', 'de')).total).toBeLessThan((await services('', 'de')).total)
  })

  test.each(FIRST_RESULT_TOPIC)('$locale "$word": the best result is about $topic', async ({ locale, word, topic }) => {
    const taxonomy = await townTaxonomy(payload, town)
    const topicID = taxonomy.topics.get(topic)
    expect(topicID).toBeTruthy()
    const about = topicWithSubTopics(taxonomy, topicID ?? '')
    const first = (await services(word, locale)).results[0]
    const doc = await payload.findByID({ collection: 'services', id: first?.id ?? '', depth: 0, overrideAccess: true })
    expect({ word, first: doc.slug, about: (doc.topics ?? []).some((t) => about.has(typeof t === 'string' ? t : t.id)) }).toEqual({ word, first: doc.slug, about: true })
  })
})
