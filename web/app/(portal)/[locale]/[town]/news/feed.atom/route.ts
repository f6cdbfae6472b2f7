import { route } from '@shared/routes'
import { escapeXml as escape, feedResponse, newsFeedItems } from '@web/lib/newsFeed'
import { notFoundResponse, originOf, townForRoute } from '@web/lib/routeTown'
import type { TownPageProps } from '@web/lib/townPage'

/** Atom 1.0 (RFC 4287) of a town's news in one language; entries in a fallback language say so with xml:lang. */
export async function GET(request: Request, { params }: TownPageProps<'newsAtom'>) {
  const { locale: raw, town: slug } = await params
  const found = await townForRoute('newsAtom', raw, slug)
  if (!found) return notFoundResponse()
  const { town, locale } = found
  const origin = originOf(request)
  const { items, base } = await newsFeedItems(town, locale, origin)
  const self = `${origin}${route.newsAtom({ locale, town: town.slug })}`
  const updated = items.reduce<Date>((latest, i) => (i.published && i.published > latest ? i.published : latest), new Date(0))
  const entries = items.map(
    (item) =>
      `<entry xml:lang="${item.language}"><id>tag:${new URL(base).host},2026:news:${item.id}</id><title>${escape(item.title)}</title><link rel="alternate" href="${escape(item.link)}"/><updated>${(
        item.published ?? updated
      ).toISOString()}</updated>${item.published ? `<published>${item.published.toISOString()}</published>` : ''}<summary>${escape(item.summary)}</summary></entry>`,
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}"><id>${escape(base)}</id><title>${escape(
    town.name,
  )}</title><link rel="alternate" href="${escape(base)}"/><link rel="self" href="${escape(self)}"/><updated>${updated.toISOString()}</updated><author><name>${escape(
    town.name,
  )}</name></author>${entries.join('')}</feed>`
  return feedResponse(xml, 'atom')
}
