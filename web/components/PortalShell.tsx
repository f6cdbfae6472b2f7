import { getTranslations } from 'next-intl/server'
import type React from 'react'
import { accessibleBrandColor } from '@shared/color'
import type { Locale } from '@shared/locales'
import type { TownSummary } from '../lib/towns'
import { Icon } from './Icon'
import { LanguageSwitcher } from './LanguageSwitcher'

interface Props {
  locale: Locale
  /** The page path without the locale, e.g. `/eisenach/imprint`; keeps the page on switching. */
  path: string
  /** The languages this page can be read in. */
  locales: readonly Locale[]
  town?: TownSummary | null
  children: React.ReactNode
}

/** Skip link, header with the town's name and colour, language switcher, main, footer. */
export async function PortalShell({ locale, path, locales, town, children }: Props) {
  const t = await getTranslations()
  const brand = accessibleBrandColor(town?.primaryColor)
  const home = town ? `/${locale}/${town.slug}` : `/${locale}`
  return (
    <div className="shell" style={{ ['--brand' as string]: brand }}>
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
          <LanguageSwitcher current={locale} path={path} locales={locales} />
        </div>
        {town ? (
          <nav className="town-nav" aria-label={t('Nav.mainNavigation')}>
            <ul className="container" role="list">
              <li>
                <a href={`/${locale}/${town.slug}/guide`}>{t('Guide.title')}</a>
              </li>
              <li>
                <a href={`/${locale}/${town.slug}/services`}>{t('Directory.title')}</a>
              </li>
              <li>
                <a href={`/${locale}/${town.slug}/events`}>{t('Events.title')}</a>
              </li>
              <li>
                <a href={`/${locale}/${town.slug}/news`}>{t('News.title')}</a>
              </li>
              <li>
                <a href={`/${locale}/${town.slug}/plan`}>{t('Nav.plan')}</a>
              </li>
              <li>
                <a href={`/${locale}/${town.slug}/search`}>
                  <Icon name="search" />
                  <span>{t('Search.title')}</span>
                </a>
              </li>
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
                <li>
                  <a href={`/${locale}/${town.slug}/imprint`}>{t('Footer.imprint')}</a>
                </li>
                <li>
                  <a href={`/${locale}/${town.slug}/privacy`}>{t('Footer.privacy')}</a>
                </li>
                <li>
                  <a href={`/${locale}/${town.slug}/accessibility`}>{t('Footer.accessibility')}</a>
                </li>
                <li>
                  {/* Names the page the reader is on, so a barrier report can say where it is. */}
                  <a href={`/${locale}/${town.slug}/accessibility/feedback?page=${encodeURIComponent(`/${locale}${path}`)}`}>{t('Footer.reportBarrier')}</a>
                </li>
                <li>
                  <a href={`/${locale}/${town.slug}/open-data`}>{t('Footer.openData')}</a>
                </li>
              </ul>
            </nav>
          ) : null}
          <p>{t('Footer.privacyPromise')}</p>
          {town ? <p>{t('Footer.operatedBy', { town: town.name })}</p> : null}
        </div>
      </footer>
    </div>
  )
}
