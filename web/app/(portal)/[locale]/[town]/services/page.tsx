import { getTranslations } from '@web/i18n/translations'
import { activeFilters, directoryQueryString, parseDirectoryParams } from '@shared/directoryParams'
import { route, withQuery } from '@shared/routes'
import { FilterChips } from '@web/components/directory/FilterChips'
import { Pagination } from '@web/components/directory/Pagination'
import { ResultsMap } from '@web/components/directory/ResultsMap'
import { SearchForm } from '@web/components/directory/SearchForm'
import { ServiceCard } from '@web/components/directory/ServiceCard'
import { PortalShell } from '@web/components/PortalShell'
import { directoryOptions, findServices } from '@web/lib/directory'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'services'> & { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('services', props)
  const t = await getTranslations({ locale, namespace: 'Directory' })
  return social({
    title: await townTitle(locale, t('title'), town.name),
    description: sentence(t, 'intro', { town: town.name }),
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/**
 * The result count's id: the form, the chips and the page links all lead to `#results`, so
 * after every search the browser scrolls to the count and moves focus onto it (tabIndex -1),
 * without a script: a screen reader starts at "12 services", sighted readers see the results.
 */
const RESULTS = 'results'

/** The service directory: search, filters in the URL, results with pagination, and a map. */
async function ServicesPage(props: Props) {
  const { locale, town, page } = await townPage('services', props)
  const filters = parseDirectoryParams(await props.searchParams)
  const [t, options, result] = await Promise.all([
    getTranslations('Directory'),
    directoryOptions(town.id),
    findServices(town.id, town.timeZone, filters, locale),
  ])
  const list = route.services({ locale, town: town.slug })
  const filtered = activeFilters(filters).length > 0
  // The language switcher and the barrier report keep the reader's search.
  const searched = withQuery(page, directoryQueryString(filters))
  return (
    <PortalShell locale={locale} page={searched} locales={town.enabledLocales} town={town}>
      <div className="container section">
        <h1>{t('title')}</h1>
        {/* A search's answer starts with its results (shared addresses have no #results): the intro is for the first visit. */}
        {filtered ? null : <p className="lead"><Sentence text={sentence(t, 'intro', { town: town.name })} /></p>}
        <SearchForm action={`${list}#${RESULTS}`} filters={filters} options={options} locale={locale} townDefault={town.defaultLocale} />
        <h2 id={RESULTS} className="result-count" tabIndex={-1} aria-live="polite">
          <Sentence text={sentence(t, 'results', { count: result.total })} />
        </h2>
        <FilterChips href={list} fragment={`#${RESULTS}`} filters={filters} options={options} locale={locale} townDefault={town.defaultLocale} empty={result.total === 0} />
        {result.total === 0 && !filtered ? <p>{t('emptyNoFilters')}</p> : null}
        <ol className="result-list" role="list">
          {result.results.map((service) => (
            <li key={service.id}>
              <ServiceCard service={service} locale={locale} townSlug={town.slug} townDefault={town.defaultLocale} timeZone={town.timeZone} />
            </li>
          ))}
        </ol>
        <Pagination href={list} fragment={`#${RESULTS}`} filters={filters} page={result.page} totalPages={result.totalPages} />
        {result.results.length ? <ResultsMap results={result.results} locale={locale} townSlug={town.slug} /> : null}
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(ServicesPage)
