import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { Direction } from '@shared/locales'
import { runningText } from './BidiText'

type WithParent = { type?: unknown; parent?: unknown }
const isNode = (value: unknown): value is WithParent => typeof value === 'object' && value !== null

/** A phone number inside a link the editor made stays that link (a link in a link is invalid). */
function insideLink(parent: unknown): boolean {
  for (let p = parent; isNode(p); p = p.parent) if (p.type === 'link' || p.type === 'autolink') return true
  return false
}

/**
 * Rich text whose text nodes are rendered as running text: phone numbers as `tel:` links and
 * words of the other direction isolated, each piece still formatted by the text converter in
 * use (bold, italic…). Composes with other converters (e.g. `headingsBelowSection`).
 */
export function withRunningText(converters: JSXConvertersFunction | undefined, dir: Direction): JSXConvertersFunction {
  return (args) => {
    const base = converters ? converters(args) : args.defaultConverters
    const text = base.text
    return {
      ...base,
      text: (props) => {
        const format = (piece: string) => (typeof text === 'function' ? text({ ...props, node: { ...props.node, text: piece } }) : piece)
        return runningText(props.node.text, { dir, phones: !insideLink(props.parent), format })
      },
    }
  }
}
