import { cache } from 'react'
import { findTownDoc } from './findTownDoc'
import { payloadClient } from './payload'

export const NEWS_PAGE_SIZE = 10

/** A town's published news, newest first. */
export const listNews = cache(async (townID: string, page = 1, limit = NEWS_PAGE_SIZE) => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'news',
    where: { municipality: { equals: townID } },
    locale: 'all',
    depth: 0,
    page,
    limit,
    sort: '-publishedAt',
    overrideAccess: false,
    select: { title: true, slug: true, lead: true, publishedAt: true },
  })
  return { docs: res.docs, page: res.page ?? 1, totalPages: res.totalPages, total: res.totalDocs }
})

/** One published news item of a town, in all languages, with its image. */
export const getNews = cache((townID: string, slug: string) =>
  findTownDoc('news', townID, slug, {
    depth: 1,
    select: { title: true, slug: true, lead: true, body: true, publishedAt: true, image: true },
    populate: { media: { alt: true, url: true, width: true, height: true, sizes: true } },
  }),
)
