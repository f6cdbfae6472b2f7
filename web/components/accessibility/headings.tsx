import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

/**
 * For rich text inside a section that already has its own `h2`: the editor's headings move
 * one level down (h2 → h3), so the page keeps one outline for screen-reader navigation.
 */
export const headingsBelowSection: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: ({ node, nodesToJSX }) => {
    const level = Math.min(6, Math.max(3, Number(String(node.tag).slice(1)) + 1))
    const Tag = `h${level}` as 'h3'
    return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
  },
})
