import { getTranslations } from 'next-intl/server'
import { noteStatus, noteTags } from '@cms/cache/renderNotes'
import { TOWNS_TAG } from '@shared/cacheTags'
import { LOCALE_CODES, type Locale } from '@shared/locales'
import { route, TOWNS_PAGE, type PageRef } from '@shared/routes'
import type { TownSummary } from '@web/lib/towns'
import { PortalShell } from './PortalShell'

interface Props {
  locale: Locale
  /** Inside a town's frame (its menu and languages) when the address belongs to a known town. */
  town?: TownSummary
  /** The address asked for: the language switcher offers it in the town's other languages. */
  page?: PageRef
}

/** The body of the 404 page, in the reader's language; the answer's status is 404. */
export async function NotFoundContent({ locale, town, page }: Props) {
  noteStatus(404)
  // The town's page tags come from its loader; without a town, the list of towns decides.
  if (!town) noteTags([TOWNS_TAG])
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PortalShell locale={locale} page={town && page ? page : TOWNS_PAGE} locales={town?.enabledLocales ?? LOCALE_CODES} town={town}>
      <div className="container narrow">
        <h1>{t('title')}</h1>
        <p className="lead">{t('body')}</p>
        <p>
          <a className="button" href={town ? route.home({ locale, town: town.slug }) : route.towns({ locale })}>
            {t('backHome')}
          </a>
        </p>
      </div>
    </PortalShell>
  )
}
