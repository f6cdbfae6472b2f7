import { getTranslations } from 'next-intl/server'
import { noteTags } from '@cms/cache/renderNotes'
import { TOWNS_TAG } from '@shared/cacheTags'
import { LOCALE_CODES, type Locale } from '@shared/locales'
import { route, TOWNS_PAGE } from '@shared/routes'
import { PortalShell } from './PortalShell'

/** The body of the 404 page, in the reader's language. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  // Nothing in it depends on content; the list of towns is the tag that lets it be cached.
  noteTags([TOWNS_TAG])
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PortalShell locale={locale} page={TOWNS_PAGE} locales={LOCALE_CODES}>
      <div className="container narrow">
        <h1>{t('title')}</h1>
        <p className="lead">{t('body')}</p>
        <p>
          <a className="button" href={route.towns({ locale })}>
            {t('backHome')}
          </a>
        </p>
      </div>
    </PortalShell>
  )
}
