import { Parser } from 'htmlparser2'

/** An element as a selector sees it: its tag and classes. */
export interface Element {
  tag: string
  classes: string[]
}

/** A link of a page with the elements it sits in (outermost first), in document order. */
export interface Link extends Element {
  href: string
  ancestors: Element[]
}

/** A form with the values it would send unchanged (each select's chosen option, each input's value). */
export interface Form {
  action: string
  fields: [string, string][]
}

/** Does `element` match a compound selector such as `h3`, `.card`, `article.card`? */
export function matches(element: Element, compound: string): boolean {
  const [tag, ...classes] = compound.split('.')
  return (!tag || tag === element.tag) && classes.every((c) => element.classes.includes(c))
}

/** Is `link` inside elements matching `compounds`, outermost first (the descendant combinator)? */
export function inside(link: Link, ...compounds: string[]): boolean {
  let next = 0
  for (const ancestor of link.ancestors) if (next < compounds.length && matches(ancestor, String(compounds[next]))) next++
  return next === compounds.length
}

/**
 * The links and forms of an HTML page, read without a browser (htmlparser2 closes void and
 * implicitly ended elements, so the ancestor stack stays right).
 */
export function readPage(html: string): { links: Link[]; forms: Form[] } {
  const links: Link[] = []
  const forms: Form[] = []
  const stack: Element[] = []
  let form: Form | null = null
  let select: { name: string; first?: string; chosen?: string } | null = null
  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        const element = { tag, classes: (attribs.class ?? '').split(/\s+/).filter(Boolean) }
        if (tag === 'a' && attribs.href) links.push({ ...element, href: attribs.href, ancestors: [...stack] })
        if (tag === 'form') form = { action: attribs.action ?? '', fields: [] }
        if (tag === 'select' && attribs.name) select = { name: attribs.name }
        if (tag === 'option' && select) {
          const value = attribs.value ?? ''
          select.first ??= value
          if ('selected' in attribs) select.chosen = value
        }
        if (tag === 'input' && form && attribs.name && attribs.type !== 'submit') form.fields.push([attribs.name, attribs.value ?? ''])
        stack.push(element)
      },
      onclosetag(tag) {
        stack.pop()
        if (tag === 'select' && select && form) form.fields.push([select.name, select.chosen ?? select.first ?? ''])
        if (tag === 'select') select = null
        if (tag === 'form' && form) {
          forms.push(form)
          form = null
        }
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  return { links, forms }
}
