import { inside, type Link, readPage } from './htmlLinks'

/**
 * Every page type of the portal, for the sweeps that check each one in each locale (axe matrix,
 * HTML validation, screenshots). Slugs come from the German pages' own links, so the list
 * follows the demo content; links are read with a plain fetch, no browser.
 */
export const TOWN = 'eisenach'

const t = `/${TOWN}`

/** The first link matching `link` on `/de{t}{from}` (`from` may depend on the types found before). */
interface LinkTarget {
  from: string | ((found: Map<string, string>) => string)
  link: (link: Link) => boolean
}
const on = (from: LinkTarget['from'], link: LinkTarget['link']): LinkTarget => ({ from, link })

/** A page type's path below `/{locale}`: fixed, a link found on another page, or computed. */
type Target = string | LinkTarget | ((baseUrl: string) => Promise<string>)

const TYPES: [string, Target][] = [
  ['towns (locale root)', ''],
  ['home', t],
  ['guide index', `${t}/guide`],
  ['guide page', on('/guide', (l) => l.classes.includes('topic-tile'))],
  ['services (filtered)', `${t}/services?language=ar&topic=counselling&cost=free`],
  ['service detail', on('/services', (l) => inside(l, '.service-card', 'h3'))],
  ['organization', `${t}/organizations/vhs-eisenach`],
  ['news list', `${t}/news`],
  ['news article', on('/news', (l) => inside(l, 'article.card', 'h2'))],
  ['events list', `${t}/events`],
  ['events week', `${t}/events?view=week`],
  ['events month', `${t}/events?view=month`],
  ['event detail', on('/events', (l) => inside(l, '.event-card', 'h3') || inside(l, '.event-card', 'h2'))],
  ['search', `${t}/search?q=Deutsch`],
  ['plan', `${t}/plan`],
  ['plan action field', on('/plan', (l) => inside(l, '.field-card'))],
  // The action field found just above (types are resolved in order).
  ['plan measure', on((found) => String(found.get('plan action field')).replace(t, ''), (l) => inside(l, '.measure-card'))],
  ['plan indicators', `${t}/plan/indicators`],
  ['plan indicator', on('/plan/indicators', (l) => l.href.includes('/plan/indicators/'))],
  ['plan editions', `${t}/plan/editions`],
  ['plan edition', on('/plan/editions', (l) => l.href.includes('/plan/editions/') && !l.href.includes('compare'))],
  ['plan editions compare', (baseUrl) => submitForm(baseUrl, `/de${t}/plan/editions`, '/plan/editions/compare')],
  ['plan report', `${t}/plan/report`],
  ['open data', `${t}/open-data`],
  ['accessibility statement', `${t}/accessibility`],
  ['accessibility feedback', `${t}/accessibility/feedback`],
  ['imprint', `${t}/imprint`],
  ['privacy', `${t}/privacy`],
  ['not found', `${t}/does-not-exist`],
]

/** The one page type that answers 404 on purpose. */
export const NOT_FOUND = 'not found'

async function germanPage(baseUrl: string, path: string) {
  const res = await fetch(`${baseUrl}${path}`)
  if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  return readPage(await res.text())
}

const belowLocale = (href: string) => href.replace(/^\/de\//, '/')

/** The path (below the locale) that submitting, unchanged, the form sent to `action` on `path` leads to. */
async function submitForm(baseUrl: string, path: string, action: string): Promise<string> {
  const form = (await germanPage(baseUrl, path)).forms.find((f) => f.action.includes(action))
  if (!form) throw new Error(`no form to ${action} on ${path}`)
  return `${belowLocale(form.action)}?${new URLSearchParams(form.fields)}`
}

/** Page type → path below `/{locale}` (with the query string where the type needs one), in a fixed order. */
export async function resolvePageTypes(baseUrl: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const [name, target] of TYPES) {
    if (typeof target === 'string') found.set(name, target)
    else if (typeof target === 'function') found.set(name, await target(baseUrl))
    else {
      const from = typeof target.from === 'string' ? target.from : target.from(found)
      const link = (await germanPage(baseUrl, `/de${t}${from}`)).links.find(target.link)
      if (!link) throw new Error(`no link for "${name}" on ${from}`)
      found.set(name, belowLocale(link.href))
    }
  }
  return found
}

/** A file or folder name for a page type ("plan editions compare" → "plan-editions-compare"). */
export const typeSlug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')
