import { cache } from 'react'
import type { TreeNode } from '@shared/tree'
import { payloadClient } from './payload'

type Localized = Record<string, string | null>

export interface GuideNode extends TreeNode {
  title: Localized
  summary: Localized
  icon: string | null
}

/** All published guide pages of a town (titles only): the tree for navigation. */
export const guideTree = cache(async (townID: string): Promise<GuideNode[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { municipality: { equals: townID } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { slug: true, parent: true, order: true, title: true, summary: true, icon: true },
  })
  return docs.map((d) => {
    const doc = d as unknown as Record<string, unknown>
    return {
      id: String(doc.id),
      slug: String(doc.slug),
      parent: typeof doc.parent === 'string' ? doc.parent : null,
      order: typeof doc.order === 'number' ? doc.order : 0,
      title: (doc.title as Localized) ?? {},
      summary: (doc.summary as Localized) ?? {},
      icon: typeof doc.icon === 'string' ? doc.icon : null,
    }
  })
})

/** One page with its body and the services it points to. */
export const guidePage = cache(async (id: string) => {
  const payload = await payloadClient()
  const doc = await payload.findByID({
    collection: 'pages',
    id,
    locale: 'all',
    depth: 1,
    overrideAccess: false,
    disableErrors: true,
    select: { body: true, relatedServices: true, relatedOrganizations: true, lastReviewedAt: true },
    populate: { services: { title: true, slug: true, summary: true }, organizations: { name: true, slug: true } },
  })
  return doc as unknown as Record<string, unknown> | null
})
