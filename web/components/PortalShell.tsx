import { useTranslations } from '@web/i18n/translations'
import type React from 'react'
import { accessibleBrandColor } from '@shared/color'
import type { Locale } from '@shared/locales'
import { hrefOf, route, TOWN_ROUTES, type PageRef, type StaticTownRouteName } from '@shared/routes'
import type { TownSummary } from '@web/lib/towns'
import { INSTALLATION_MANIFEST } from '@web/lib/webManifest'
import { Icon } from './Icon'
import { LanguageSwitcher } from './LanguageSwitcher'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

interface Props {
  locale: Locale
  /** The page the reader is on; keeps it on switching languages. */
  page: PageRef
  /** The languages this page can be read in. */
  locales: readonly Locale[]
  town?: TownSummary | null
  children: React.ReactNode
}

/** The main menu and the footer's links, in order (labels from the route table). */
const MENU: readonly StaticTownRouteName[] = ['guide', 'services', 'events', 'news', 'plan', 'search']
const FOOTER: readonly StaticTownRouteName[] = ['imprint', 'privacy', 'accessibility', 'accessibilityFeedback', 'openData']

/** Skip link, header with the town's name and colour, language switcher, main, footer. */
export function PortalShell({ locale, page, locales, town, children }: Props) {
  const t = useTranslations()
  const brand = accessibleBrandColor(town?.primaryColor)
  const home = town ? route.home({ locale, town: town.slug }) : route.towns({ locale })
  const link = (name: StaticTownRouteName, slug: string) => {
    const href = route[name]({ locale, town: slug })
    // The barrier report names the page the reader is on, so it can say where the barrier is.
    return name === 'accessibilityFeedback' ? `${href}?page=${encodeURIComponent(hrefOf(page, locale))}` : href
  }
  const label = (name: StaticTownRouteName) => t(TOWN_ROUTES[name].label ?? 'Nav.home')
  return (
    <div className="shell" style={{ ['--brand' as string]: brand }}>
      {/* React puts these into <head>: the town's own manifest (its name and colour when installed), the icons. */}
      <link rel="manifest" href={town ? route.manifest({ locale, town: town.slug }) : INSTALLATION_MANIFEST} />
      <link rel="icon" href="/favicon.ico" sizes="32x32" />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      <a className="skip-link" href="#main">
        {t('Nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <a className="brand" href={home}>
            <span className="brand-mark" aria-hidden="true">
              {(town?.name ?? t('Meta.portalName')).replace(/^Landkreis\s+/, '').charAt(0)}
            </span>
            <span className="brand-text">
              <span className="brand-name">{town?.name ?? t('Meta.portalName')}</span>
              {town ? <span className="brand-sub">{t('Meta.portalName')}</span> : null}
            </span>
          </a>
          <LanguageSwitcher current={locale} page={page} locales={locales} />
        </div>
        {town ? (
          <nav className="town-nav" aria-label={t('Nav.mainNavigation')}>
            <ul className="container" role="list">
              {MENU.map((name) => (
                <li key={name}>
                  <a href={link(name, town.slug)}>
                    {name === 'search' ? <Icon name="search" /> : null}
                    {name === 'search' ? <span>{label(name)}</span> : label(name)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          {town ? (
            <nav aria-label={t('Footer.imprint')}>
              <ul className="footer-links">
                {FOOTER.map((name) => (
                  <li key={name}>
                    <a href={link(name, town.slug)}>{label(name)}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <p>{t('Footer.privacyPromise')}</p>
          {town ? <p><Sentence text={sentence(t, 'Footer.operatedBy', { town: town.name })} /></p> : null}
        </div>
      </footer>
    </div>
  )
}
