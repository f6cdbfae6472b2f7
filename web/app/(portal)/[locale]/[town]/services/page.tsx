import { getTranslations } from 'next-intl/server'
import { activeFilters, directoryQueryString, parseDirectoryParams } from '@shared/directoryParams'
import { FilterChips } from '@web/components/directory/FilterChips'
import { Pagination } from '@web/components/directory/Pagination'
import { ResultsMap } from '@web/components/directory/ResultsMap'
import { SearchForm } from '@web/components/directory/SearchForm'
import { ServiceCard } from '@web/components/directory/ServiceCard'
import { PortalShell } from '@web/components/PortalShell'
import { directoryOptions, findServices } from '@web/lib/directory'
import { alternates, social } from '@web/lib/metadata'
import { requireLocale, townForPage } from '@web/lib/pageLocale'

type Args = {
  params: Promise<{ locale: string; town: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Args) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/services')
  const t = await getTranslations({ locale, namespace: 'Directory' })
  return social({
    title: `${t('title')} – ${town.name}`,
    description: t('intro', { town: town.name }),
    alternates: alternates(`/${town.slug}/services`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** The service directory: search, filters in the URL, results with pagination, and a map. */
export default async function ServicesPage({ params, searchParams }: Args) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const filters = parseDirectoryParams(await searchParams)
  const town = await townForPage(locale, slug, `/services${directoryQueryString(filters)}`)
  const [t, options, result] = await Promise.all([
    getTranslations('Directory'),
    directoryOptions(town.id),
    findServices(town.id, town.timeZone, filters),
  ])
  const base = `/${locale}/${town.slug}/services`
  return (
    <PortalShell locale={locale} path={`/${town.slug}/services${directoryQueryString(filters)}`} locales={town.enabledLocales} town={town}>
      <div className="container section">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro', { town: town.name })}</p>
        <SearchForm action={base} filters={filters} options={options} locale={locale} townDefault={town.defaultLocale} />
        <h2 className="result-count" aria-live="polite">
          {t('results', { count: result.total })}
        </h2>
        <FilterChips base={base} filters={filters} options={options} locale={locale} townDefault={town.defaultLocale} empty={result.total === 0} />
        {result.total === 0 && activeFilters(filters).length === 0 ? <p>{t('emptyNoFilters')}</p> : null}
        <ol className="result-list" role="list">
          {result.results.map((service) => (
            <li key={service.id}>
              <ServiceCard service={service} locale={locale} townSlug={town.slug} townDefault={town.defaultLocale} timeZone={town.timeZone} />
            </li>
          ))}
        </ol>
        <Pagination base={base} filters={filters} page={result.page} totalPages={result.totalPages} />
        {result.results.length ? <ResultsMap results={result.results} locale={locale} townSlug={town.slug} /> : null}
      </div>
    </PortalShell>
  )
}
