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

const listTypeOf = (parent: unknown): unknown => (isNode(parent) && 'listType' in parent ? parent.listType : undefined)

/**
 * Rich text whose text nodes are rendered as running text: phone numbers as `tel:` links and
 * words of the other direction isolated, each piece still formatted by the text converter in
 * use (bold, italic…). Bullet items lose the `value` Payload's converter puts on every `<li>`
 * (valid only in a numbered list: the HTML checker's error on every guide page). Composes with
 * other converters (e.g. `headingsBelowSection`).
 */
export function withRunningText(converters: JSXConvertersFunction | undefined, dir: Direction): JSXConvertersFunction {
  return (args) => {
    const base = converters ? converters(args) : args.defaultConverters
    const text = base.text
    const listitem = base.listitem
    return {
      ...base,
      listitem: (props) => {
        const kind = listTypeOf(props.parent)
        if (kind === 'number' || kind === 'check') return typeof listitem === 'function' ? listitem(props) : null
        const nested = props.node.children.some((child) => child.type === 'list')
        return (
          <li className={nested ? 'nestedListItem' : undefined} style={nested ? { listStyleType: 'none' } : undefined}>
            {props.nodesToJSX({ nodes: props.node.children })}
          </li>
        )
      },
      text: (props) => {
        const format = (piece: string) => (typeof text === 'function' ? text({ ...props, node: { ...props.node, text: piece } }) : piece)
        return runningText(props.node.text, { dir, phones: !insideLink(props.parent), format })
      },
    }
  }
}
