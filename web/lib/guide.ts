import { cache } from 'react'
import type { TransformCollectionWithSelect } from 'payload'
import { ancestry, type TreeNode } from '@shared/tree'
import { payloadClient } from './payload'

const treeSelect = { slug: true, parent: true, order: true, title: true, summary: true, icon: true } as const

type TreeDoc = TransformCollectionWithSelect<'pages', typeof treeSelect>

/**
 * A guide page in the navigation tree: the page's titles as read (all languages) with the
 * tree's own fields (`parent` as an ID, `order` as a number) for `shared/tree.ts`.
 */
export type GuideNode = Omit<TreeDoc, 'parent' | 'order'> & TreeNode

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
    select: treeSelect,
  })
  return docs.map(({ parent, order, ...doc }) => ({
    ...doc,
    // Depth 0 gives the parent's ID; a populated parent (never here) would still name it.
    parent: (typeof parent === 'object' ? parent?.id : parent) ?? null,
    order: order ?? 0,
  }))
})

/** The slugs from the guide's top down to a page: the `path` of `route.guidePage`. */
export function guidePath(nodes: GuideNode[], node: GuideNode): string[] {
  return ancestry(nodes, node).map((n) => n.slug)
}

/** One page with its body and the services it points to. */
export const guidePage = cache(async (id: string) => {
  const payload = await payloadClient()
  return payload.findByID({
    collection: 'pages',
    id,
    locale: 'all',
    depth: 1,
    overrideAccess: false,
    disableErrors: true,
    select: { body: true, relatedServices: true, relatedOrganizations: true, lastReviewedAt: true },
    populate: { services: { title: true, slug: true, summary: true }, organizations: { name: true, slug: true } },
  })
})
