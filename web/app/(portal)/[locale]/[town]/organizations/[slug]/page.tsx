import { getTranslations } from '@web/i18n/translations'
import { searchServices } from '@cms/directory/searchServices'
import { parseDirectoryParams } from '@shared/directoryParams'
import { pickLocalized } from '@shared/localized'
import { ContactActions } from '@web/components/ContactActions'
import { ServiceCard } from '@web/components/directory/ServiceCard'
import { Icon, KIND_ICONS } from '@web/components/Icon'
import { JsonLd } from '@web/components/JsonLd'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { alternates, social } from '@web/lib/metadata'
import { getOrganization } from '@web/lib/organizations'
import { payloadClient } from '@web/lib/payload'
import { metadataWithNotFound, townDocPage, type TownPageProps, withNotFound } from '@web/lib/townPage'

type Props = TownPageProps<'organization'>

const load = townDocPage('organization', (town, { slug }) => getOrganization(town.id, slug))

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, doc: org } = await load(props)
  return social({
    title: org.name,
    description: pickLocalized(org.description, locale, town.defaultLocale)?.value,
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** An organisation and all its services. */
async function OrganizationPage(props: Props) {
  const { locale, town, page, doc: org } = await load(props)
  const t = await getTranslations()
  const { results } = await searchServices(await payloadClient(), parseDirectoryParams({}), {
    townID: town.id,
    timeZone: town.timeZone,
    organizationID: org.id,
    pageSize: 200,
  })
  const jsonLd = {
    '@type': 'Organization',
    name: org.name,
    url: org.website ?? undefined,
    email: org.email ?? undefined,
    telephone: org.phone ?? undefined,
  }
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <JsonLd data={jsonLd} />
      <div className="container narrow">
        <p className="card-kicker">
          <Icon name={KIND_ICONS[org.kind] ?? 'pin'} /> {t.has(`OrganizationKind.${org.kind}`) ? t(`OrganizationKind.${org.kind}`) : org.kind}
        </p>
        <h1>
          <bdi lang="de">{org.name}</bdi>
        </h1>
        <LocalizedText className="lead" value={pickLocalized(org.description, locale, town.defaultLocale)} reader={locale} />
        <ContactActions phone={org.phone} email={org.email} website={org.website} />
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

export default withNotFound(OrganizationPage)
