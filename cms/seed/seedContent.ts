import type { Payload } from 'payload'
import { DEMO_GUIDE } from './demoGuide'
import { DEMO_NEWS } from './demoNews'
import { richTextFromBlocks } from './lexical'
import { insert } from './seedDirectory'

/** The "First steps" guide for one town, parents before children, linked to its services. */
export async function seedGuide(payload: Payload, townSlug: string, townID: string, services: Map<string, string>): Promise<void> {
  const ids = new Map<string, string>()
  const pending = [...DEMO_GUIDE]
  let order = 0
  while (pending.length) {
    const index = pending.findIndex((p) => p.parent === null || ids.has(p.parent))
    if (index < 0) throw new Error(`Guide pages with a missing parent: ${pending.map((p) => p.slug).join(', ')}`)
    const [page] = pending.splice(index, 1)
    if (!page) break
    const id = await insert(payload, 'pages', {
      municipality: townID,
      slug: page.slug,
      parent: page.parent ? ids.get(page.parent) : null,
      order: order++,
      icon: page.icon,
      title: page.title,
      summary: page.summary,
      body: Object.fromEntries(Object.entries(page.body).map(([locale, text]) => [locale, richTextFromBlocks(String(text))])),
      relatedServices: page.relatedServices.map((slug) => services.get(`${townSlug}:${slug}`)).filter(Boolean),
      lastReviewedAt: new Date().toISOString(),
    })
    ids.set(page.slug, id)
  }
}

/** A few published news items, so the news page and its feed have something to show. */
export async function seedNews(payload: Payload, townID: string): Promise<void> {
  for (const item of DEMO_NEWS) {
    await insert(payload, 'news', {
      municipality: townID,
      slug: item.slug,
      title: item.title,
      lead: item.lead,
      body: Object.fromEntries(Object.entries(item.lead).map(([locale, text]) => [locale, richTextFromBlocks(text)])),
      publishedAt: new Date(Date.now() - item.daysAgo * 24 * 60 * 60 * 1000).toISOString(),
    })
  }
}
