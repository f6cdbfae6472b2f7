import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { searchServices } from '@cms/directory/searchServices'
import { parseDirectoryParams } from '@shared/directoryParams'
import { pickLocalized } from '@shared/localized'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
import { ContactActions } from '@web/components/ContactActions'
import { ServiceCard } from '@web/components/directory/ServiceCard'
import { Icon, KIND_ICONS } from '@web/components/Icon'
import { JsonLd } from '@web/components/JsonLd'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { alternates, social } from '@web/lib/metadata'
import { requireLocale, townForPage } from '@web/lib/pageLocale'
import { payloadClient } from '@web/lib/payload'
import { getOrganization } from '@web/lib/service'

type Params = { params: Promise<{ locale: string; town: string; slug: string }> }

async function load({ params }: Params) {
  const { locale: raw, town: townSlug, slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, townSlug, `/organizations/${slug}`)
  const org = await getOrganization(town.id, slug)
  if (!org) redirect(`/${locale}/${NOT_FOUND_SEGMENT}`)
  return { locale, town, org }
}

export async function generateMetadata(args: Params) {
  const { locale, town, org } = await load(args)
  return social({
    title: String(org.name),
    description: pickLocalized(org.description as Record<string, string>, locale, town.defaultLocale)?.value,
    alternates: alternates(`/${town.slug}/organizations/${org.slug}`, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** An organisation and all its services. */
export default async function OrganizationPage(args: Params) {
  const { locale, town, org } = await load(args)
  const t = await getTranslations()
  const { results } = await searchServices(await payloadClient(), parseDirectoryParams({}), {
    townID: town.id,
    timeZone: town.timeZone,
    organizationID: String(org.id),
    pageSize: 200,
  })
  const kind = String(org.kind)
  const jsonLd = {
    '@type': 'Organization',
    name: org.name,
    url: org.website ?? undefined,
    email: org.email ?? undefined,
    telephone: org.phone ?? undefined,
  }
  return (
    <PortalShell locale={locale} path={`/${town.slug}/organizations/${org.slug}`} locales={town.enabledLocales} town={town}>
      <JsonLd data={jsonLd} />
      <div className="container narrow">
        <p className="card-kicker">
          <Icon name={KIND_ICONS[kind] ?? 'pin'} /> {t.has(`OrganizationKind.${kind}`) ? t(`OrganizationKind.${kind}`) : kind}
        </p>
        <h1>
          <bdi lang="de">{String(org.name)}</bdi>
        </h1>
        <LocalizedText className="lead" value={pickLocalized(org.description as Record<string, string>, locale, town.defaultLocale)} reader={locale} />
        <ContactActions phone={org.phone as string} email={org.email as string} website={org.website as string} />
        <h2>{t('Service.allServices')}</h2>
        {results.length === 0 ? <p>{t('Service.noServices')}</p> : null}
        <ol className="result-list" role="list">
          {results.map((service) => (
            <li key={service.id}>
              <ServiceCard service={service} locale={locale} townSlug={town.slug} townDefault={town.defaultLocale} timeZone={town.timeZone} />
            </li>
          ))}
        </ol>
      </div>
    </PortalShell>
  )
}
