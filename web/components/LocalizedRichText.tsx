import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { directionOf, type Locale } from '../../shared/locales'
import { pickLocalized } from '../../shared/localized'

interface Props {
  /** A rich-text field read with `locale: 'all'`. */
  value: unknown
  reader: Locale
  townDefault: Locale
  as?: 'section' | 'div'
  className?: string
}

/** Rich text in the best available language, marked with the language it is really in. */
export function LocalizedRichText({ value, reader, townDefault, as: Tag = 'div', className = 'prose-text' }: Props) {
  const text = pickLocalized<SerializedEditorState>((value as Record<string, SerializedEditorState>) ?? {}, reader, townDefault)
  if (!text) return null
  return (
    <Tag className={className} lang={text.locale} dir={directionOf(text.locale)}>
      <RichText data={text.value} />
    </Tag>
  )
}
