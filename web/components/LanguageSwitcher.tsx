import { useTranslations } from '@web/i18n/translations'
import { directionOf, type Locale, localeInfo } from '@shared/locales'
import { hrefOf, type PageRef } from '@shared/routes'

interface Props {
  current: Locale
  /** The page the reader is on: each link leads to it in another language. */
  page: PageRef
  locales: readonly Locale[]
}

/**
 * Plain links, one per language, each named in its own language: works without JavaScript,
 * and `<details>` keeps the list folded on small screens without a script.
 */
export function LanguageSwitcher({ current, page, locales }: Props) {
  const t = useTranslations('Nav')
  return (
    <details className="lang-switcher">
      <summary>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="icon">
          <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4a13.9 13.9 0 0 1 1.9 4h-3.8A13.9 13.9 0 0 1 12 4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4Zm.8 2h2.9a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16ZM8 8H5.1a8 8 0 0 1 4.3-3.6A15.7 15.7 0 0 0 8 8Zm4 12a13.9 13.9 0 0 1-1.9-4h3.8A13.9 13.9 0 0 1 12 20Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6a15.7 15.7 0 0 0 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6Zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4Z" />
        </svg>
        <span className="visually-hidden">{t('language')}: </span>
        <span lang={current} dir={directionOf(current)}>
          {localeInfo(current).endonym}
        </span>
      </summary>
      <nav aria-label={t('chooseLanguage')}>
        <ul>
          {locales.map((code) => (
            <li key={code}>
              <a
                href={hrefOf(page, code)}
                hrefLang={code}
                lang={code}
                dir={directionOf(code)}
                aria-current={code === current ? 'true' : undefined}
              >
                {localeInfo(code).endonym}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  )
}
