import { useTranslations } from '@web/i18n/translations'
import { directionOf, type Locale } from '@shared/locales'
import type { LocalizedValue } from '@shared/localized'
import { languageNameIn } from '@web/lib/languageName'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

interface Props {
  value: LocalizedValue<string> | null
  reader: Locale
  as?: 'p' | 'span' | 'div'
  className?: string
  /** Say in words that the text is in another language (off for short labels such as titles). */
  notice?: boolean
}

/**
 * A text in the best available language. When it is not in the reader's language it keeps
 * its own `lang` and `dir` (so a German sentence in an Arabic page ends with its full stop
 * on the right side, and a screen reader switches voice) and a notice in the reader's
 * language says so.
 */
export function LocalizedText({ value, reader, as: Tag = 'p', className, notice = true }: Props) {
  const t = useTranslations('Fallback')
  if (!value) return null
  if (!value.isFallback) return <Tag className={className}>{value.value}</Tag>
  const lang = { lang: value.locale, dir: directionOf(value.locale) }
  if (!notice) {
    return (
      <Tag className={className} {...lang}>
        {value.value}
      </Tag>
    )
  }
  return (
    <Tag className={className}>
      <span {...lang} className="fallback-text">
        {value.value}
      </span>{' '}
      <small className="fallback-notice">
        <Sentence text={sentence(t, 'notice', { language: languageNameIn(reader, reader), original: languageNameIn(value.locale, reader) })} />
      </small>
    </Tag>
  )
}
