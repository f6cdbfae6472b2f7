import { getLocale, getTranslations } from 'next-intl/server'
import { isLocale, LOCALE_CODES } from '../../../../shared/locales'
import { PortalShell } from '../../../components/PortalShell'

/** The 404 page, in the reader's language. */
export default async function NotFound() {
  const raw = await getLocale()
  const locale = isLocale(raw) ? raw : 'de'
  const t = await getTranslations('NotFound')
  return (
    <PortalShell locale={locale} path="/" locales={LOCALE_CODES}>
      <div className="container narrow">
        <h1>{t('title')}</h1>
        <p className="lead">{t('body')}</p>
        <p>
          <a className="button" href={`/${locale}`}>
            {t('backHome')}
          </a>
        </p>
      </div>
    </PortalShell>
  )
}
