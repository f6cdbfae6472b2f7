import { getTranslations } from '@web/i18n/translations'
import { noteStatus, noteTags } from '@cms/cache/renderNotes'
import { pageTags, TOWNS_TAG } from '@shared/cacheTags'
import { LOCALE_CODES, type Locale } from '@shared/locales'
import { route, TOWNS_PAGE, townPageRef, type PageRef } from '@shared/routes'
import { getTown, type TownSummary } from '@web/lib/towns'
import { PortalShell } from './PortalShell'

interface Props {
  locale: Locale
  /** Inside a town's frame (its menu and languages) when the address belongs to a known town. */
  town?: TownSummary
  /** The address asked for: the language switcher offers it in the town's other languages. */
  page?: PageRef
}

/**
 * The body of the 404 page, in the reader's language. No side effects here: Next renders the
 * not-found boundary (app/(portal)/[locale]/not-found.tsx) along with every page; the callers
 * that really answer 404 set the status (withNotFound, the not-found page).
 */
export async function NotFoundContent({ locale, town, page }: Props) {
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

/**
 * The whole answer to an address that is no page, status 404 included: inside the town's
 * frame when `townSlug` names a town that exists (`/de/eisenach/does-not-exist`: the menu and
 * languages one tap away; the language switcher leads to the town's home), else with the list
 * of towns. For the proxy's rewrite (the not-found page) and the catch-all alike.
 */
export async function UnknownAddress({ locale, townSlug }: { locale: Locale; townSlug?: string }) {
  noteStatus(404)
  const town = townSlug ? await getTown(townSlug) : null
  // The list of towns lets it be cached; the town's own document when it shows the town's frame.
  noteTags(town ? [TOWNS_TAG, ...pageTags(town.id, [])] : [TOWNS_TAG])
  if (!town) return <NotFoundContent locale={locale} />
  return <NotFoundContent locale={locale} town={town} page={townPageRef('home', { town: town.slug })} />
}
