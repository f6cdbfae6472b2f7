import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

/** Each editor's heading level inside a section with its own `h2`: never above h3, never past h6. */
const BELOW_SECTION = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6', h6: 'h6' } as const

/**
 * For rich text inside a section that already has its own `h2`: the editor's headings move
 * one level down (h2 → h3), so the page keeps one outline for screen-reader navigation.
 */
export const headingsBelowSection: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: ({ node, nodesToJSX }) => {
    const Tag = BELOW_SECTION[node.tag]
    return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
  },
})
