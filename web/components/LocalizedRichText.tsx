import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { useTranslations } from '@web/i18n/translations'
import { directionOf, type Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { languageNameIn } from '@web/lib/languageName'
import { Sentence } from './BidiText'
import { withRunningText } from './richTextRunning'
import { sentence } from '@web/lib/sentence'

interface Props {
  /**
   * A rich-text field read with `locale: 'all'`: typed as one editor state by the generated
   * types, an object by language at runtime (`pickLocalized` reads both).
   */
  value: SerializedEditorState | null | undefined
  reader: Locale
  townDefault: Locale
  as?: 'section' | 'div'
  className?: string
  /** e.g. to move headings below the section's own (components/accessibility/headings.tsx) */
  converters?: JSXConvertersFunction
}

/**
 * Rich text in the best available language, marked with the language it is really in; when
 * that is not the reader's, a notice in the reader's language says so first. Phone numbers in
 * the text are call links and words of the other direction are isolated (`withRunningText`).
 */
export function LocalizedRichText({ value, reader, townDefault, as: Tag = 'div', className = 'prose-text', converters }: Props) {
  const fallback = useTranslations('Fallback')
  const text = pickLocalized(value, reader, townDefault)
  if (!text) return null
  const dir = directionOf(text.locale)
  return (
    <Tag className={className} lang={text.locale} dir={dir}>
      {text.isFallback ? (
        <p className="fallback-notice" lang={reader} dir={directionOf(reader)}>
          <Sentence text={sentence(fallback, 'notice', { language: languageNameIn(reader, reader), original: languageNameIn(text.locale, reader) })} />
        </p>
      ) : null}
      <RichText data={text.value} converters={withRunningText(converters, dir)} />
    </Tag>
  )
}
