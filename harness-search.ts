import { DEMO_SERVICES, DEMO_TOPICS } from '@cms/seed/demoDirectory'
import { demoSynonymEntries } from '@cms/seed/demoSynonyms'
import { SearchEngine, allOf, type Scores } from '@shared/searchEngine'
import { parseQuery } from '@shared/searchQuery'
import { SynonymList } from '@shared/searchSynonyms'
import { buildSearchText } from '@shared/search'
import { EVERYDAY_WORDS } from './tests/integration/searchEverydayWords'
import fs from 'node:fs'

const services = DEMO_SERVICES.filter((s) => s.town === 'eisenach')
const engine = new SearchEngine()
services.forEach((s, i) => engine.put({ id: i, title: s.title, summary: s.summary, body: buildSearchText([...Object.values(s.title), ...Object.values(s.summary), ...Object.values(s.description ?? {})]) }))
const topics: { key: string; name: Record<string, string>; parent?: string }[] = []
for (const t of DEMO_TOPICS) { topics.push({ key: t.key, name: t.name }); for (const c of t.children ?? []) topics.push({ key: c.key, name: c.name, parent: t.key }) }
const topicEngine = new SearchEngine()
topics.forEach((t, i) => topicEngine.put({ id: i, title: t.name, summary: {}, body: '' }))
const entries = demoSynonymEntries()
const known = (w: string) => engine.isKnown(w) || topicEngine.isKnown(w)
function search(q: string, locale: string): Scores {
  const locales = [...new Set([locale, 'de', 'en'])]
  const synonyms = new SynonymList(entries.filter((e) => locales.includes(e.locale)))
  const units = parseQuery(q, { locales, synonyms, isKnown: known })
  return allOf(units.map((u) => {
    const scores = engine.unitScores(u, locale)
    for (const t of topicEngine.unitScores(u, locale).keys()) {
      const key = topics[t]!.key
      const keys = new Set([key, ...topics.filter((x) => x.parent === key).map((x) => x.key)])
      services.forEach((s, i) => { if (s.topics.some((k) => keys.has(k))) scores.set(i, (scores.get(i) ?? 0) + 4) })
    }
    return scores
  }))
}
const placeholders: [string, string][] = []
for (const f of fs.readdirSync('locales')) {
  const locale = f.replace('.json', '')
  const text = fs.readFileSync(`locales/${f}`, 'utf8')
  for (const m of text.matchAll(/"(?:searchPlaceholder|placeholder)": "([^"]*)"/g)) {
    const body = m[1]!.replace(/^(z\. B\.|Zum Beispiel:|e\.g\.|p\. ex\.|ör\.|например,|наприклад,|مثلًا:|مثلاً|د بېلګې په توګه:|tusaale:|ንኣብነት፦)\s*/, '')
    for (const ex of body.split(/[,،፣]/)) placeholders.push([locale, ex.trim()])
  }
}
let fails = 0
for (const [locale, ex] of placeholders) { const r = search(ex, locale); if (!r.size) { fails++; console.log('PLACEHOLDER MISS', locale, ex) } }
for (const [locale, { words, typos }] of Object.entries(EVERYDAY_WORDS)) {
  for (const w of [...words, ...typos]) { const r = search(w, locale); if (!r.size) { fails++; console.log('MISS', locale, w) } }
}
const show = (q: string, l: string) => console.log(q, l, [...search(q, l)].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([i, s]) => `${services[i]!.slug}:${s.toFixed(1)}`).join(' '))
show('Arzt', 'de'); show('Sprachkurs', 'de'); show('Kinderarzt', 'de'); show('Wohnung', 'de'); show('doctor', 'en'); show('طبيب', 'ar'); show('житло', 'uk')
console.log('fails', fails, 'placeholders', placeholders.length)
for (const [q, l] of [['xyzzy', 'de'], ['Arzt', 'de'], ['Wohnung', 'de'], ['Kita', 'de'], ['پزشک', 'fa'], ['ሓኪም', 'ti'], ['hospital', 'en'], ['Bürgergeld', 'de']] as const) console.log('count', q, search(q, l).size, 'of', services.length)
