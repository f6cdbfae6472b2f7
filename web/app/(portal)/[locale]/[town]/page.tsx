import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { childrenOf } from '@shared/tree'
import { EasyAccess } from '@web/components/accessibility/EasyAccess'
import { Sentence } from '@web/components/BidiText'
import { ContactCard } from '@web/components/ContactCard'
import { LocalizedText } from '@web/components/LocalizedText'
import { OrganizationCard } from '@web/components/OrganizationCard'
import { PortalShell } from '@web/components/PortalShell'
import { TileGrid } from '@web/components/TileGrid'
import { directoryOptions } from '@web/lib/directory'
import { guidePath, guideTree } from '@web/lib/guide'
import { alternates, social } from '@web/lib/metadata'
import { listOrganizations } from '@web/lib/organizations'
import { recordView } from '@web/lib/recordView'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'home'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('home', props)
  await recordView(town, page, locale)
  const t = await getTranslations({ locale, namespace: 'Town' })
  return social({
    title: { absolute: sentence(t, 'welcomeTitle', { town: town.name }) },
    description: pickLocalized(town.welcome, locale, town.defaultLocale)?.value,
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
}

/** The town's home: a greeting, who helps, and how to reach the town. */
async function TownHome(props: Props) {
  const { locale, town, page } = await townPage('home', props)
  const [t, tDir, organizations, options] = await Promise.all([
    getTranslations('Town'),
    getTranslations('Directory'),
    listOrganizations(town.id),
    directoryOptions(town.id),
  ])
  const guide = await guideTree(town.id)
  // The guide's first level below its top page(s): "Registering", "Health insurance", …
  const guideTop = childrenOf(guide, null).flatMap((top) => childrenOf(guide, top.id)).slice(0, 12)
  const topics = options.topics.filter((topic) => !topic.parent)
  const c = town.contact
  const services = route.services({ locale, town: town.slug })
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <section className="hero">
        <div className="container">
          <h1>
            <Sentence text={sentence(t, 'welcomeTitle', { town: town.name })} />
          </h1>
          <LocalizedText className="lead" value={pickLocalized(town.welcome, locale, town.defaultLocale)} reader={locale} />
          <form className="search-row hero-search" action={services} method="get" role="search">
            <label htmlFor="home-q" className="visually-hidden">
              {tDir('searchLabel')}
            </label>
            <input id="home-q" type="search" name="q" placeholder={tDir('searchPlaceholder')} maxLength={200} />
            <button type="submit" className="button">
              {t('findHelp')}
            </button>
          </form>
        </div>
      </section>
      {/* Right below the greeting: the explanation of the whole site (BITV 2.0 § 4), compact until opened. */}
      <EasyAccess town={town} locale={locale} />
      {guideTop.length ? (
        <section className="container section" aria-labelledby="first-steps">
          <h2 id="first-steps">{t('guideTitle')}</h2>
          <p>{t('guideIntro')}</p>
          <TileGrid
            locale={locale}
            fallbackIcon="book"
            tiles={guideTop.map((chapter) => ({
              id: chapter.id,
              href: route.guidePage({ locale, town: town.slug, path: guidePath(guide, chapter) }),
              icon: chapter.icon ?? null,
              label: pickLocalized(chapter.title, locale, town.defaultLocale),
            }))}
          />
        </section>
      ) : null}
      {topics.length ? (
        <section className="container section" aria-labelledby="topics">
          <h2 id="topics">{t('browseTopics')}</h2>
          <TileGrid
            locale={locale}
            fallbackIcon="arrow"
            tiles={topics.map((topic) => ({
              id: topic.id,
              href: `${services}?topic=${topic.slug}`,
              icon: topic.icon,
              label: pickLocalized(topic.name, locale, town.defaultLocale),
            }))}
          />
          <p>
            <a className="button" href={services}>
              {t('findHelp')}
            </a>{' '}
            <span className="hint">{t('findHelpIntro')}</span>
          </p>
        </section>
      ) : null}
      <section className="container section" aria-labelledby="organizations">
        <h2 id="organizations">{t('organizationsTitle')}</h2>
        <p>
          <Sentence text={sentence(t, 'organizationsIntro', { town: town.name })} />{' '}
          <span className="count">
            <Sentence text={sentence(t, 'organizationCount', { count: organizations.length })} />
          </span>
        </p>
        {organizations.length === 0 ? <p>{t('noOrganizations')}</p> : null}
        <div className="card-grid">
          {organizations.map((org) => (
            <OrganizationCard
              key={org.id}
              org={org}
              locale={locale}
              townDefault={town.defaultLocale}
              href={route.organization({ locale, town: town.slug, slug: org.slug })}
              compact
            />
          ))}
        </div>
      </section>
      <section className="container section" aria-labelledby="contact">
        <h2 id="contact">{t('contactTitle')}</h2>
        <ContactCard
          person={{
            name: c.office,
            address: c.street ? `${c.street}, ${[c.postalCode, c.city].filter(Boolean).join(' ')}` : null,
            phone: c.phone,
            email: c.email,
            website: c.website,
          }}
        />
      </section>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(TownHome)
