import { useTranslations } from '@web/i18n/translations'
import { activeFilters, type DirectoryFilters, directoryQueryString } from '@shared/directoryParams'
import { spokenLanguageName } from '@shared/languages'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import type { DirectoryOptions, TaxonomyOption } from '@web/lib/directory'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

interface Props {
  /** The directory's address (`route.services`); each chip adds its filters as a query string. */
  href: string
  /** The fragment the chips' links land on (`#results`, the result count). */
  fragment: string
  filters: DirectoryFilters
  options: DirectoryOptions
  locale: Locale
  townDefault: Locale
  /** The empty state phrases it as a suggestion. */
  empty: boolean
}

/** Each active filter as a link that removes it; in the empty state, the way out. */
export function FilterChips({ href, fragment, filters, options, locale, townDefault, empty }: Props) {
  const t = useTranslations('Directory')
  const tc = useTranslations('Compose')
  const active = activeFilters(filters)
  if (!active.length) return null
  const name = (list: readonly TaxonomyOption[], slug: string) => {
    const o = list.find((x) => x.slug === slug)
    return o ? (pickLocalized(o.name, locale, townDefault)?.value ?? slug) : slug
  }
  const labelOf = (key: keyof DirectoryFilters): string => {
    switch (key) {
      case 'q':
        return sentence(tc, 'quoted', { text: filters.q })
      case 'topic':
        return name(options.topics, filters.topic)
      case 'audience':
        return name(options.audiences, filters.audience)
      case 'district':
        return name(options.districts, filters.district)
      case 'language':
        return spokenLanguageName(filters.language, locale)
      case 'free':
        return t('free')
      case 'openNow':
        return t('openNow')
      default:
        return t('near')
    }
  }
  const without = (key: keyof DirectoryFilters) => `${href}${directoryQueryString({ ...filters, [key]: key === 'near' ? null : key === 'free' || key === 'openNow' ? false : '', page: 1 })}${fragment}`
  return (
    <nav aria-label={t('activeFilters')} className="chips">
      {empty ? <p>{t('emptyHint')}</p> : null}
      <ul role="list">
        {active.map((key) => (
          <li key={key}>
            <a className="chip" href={without(key)}>
              <span aria-hidden="true">×</span> <Sentence text={sentence(t, 'remove', { filter: labelOf(key) })} />
            </a>
          </li>
        ))}
        {active.length > 1 ? (
          <li>
            <a className="chip" href={`${href}${fragment}`}>
              {t('resetAll')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
