import { getTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { byLocale } from '@shared/localized'
import { route, type PageRef } from '@shared/routes'
import { getTownAccessibility, type Person } from '@web/lib/accessibility'
import { formatDate } from '@web/lib/format'
import type { Town } from '@web/lib/towns'
import { LocalizedRichText } from '../LocalizedRichText'
import { PortalShell } from '../PortalShell'
import { headingsBelowSection } from './headings'
import { ContactCard } from '../ContactCard'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

/** Empty fields of the statement's contact take the town's general contact. */
function feedbackContact(own: Person, town: Town): Person {
  const c = town.contact
  const address = [c.street, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join('\n')
  return {
    name: own.name || c.office,
    address: own.address || address || null,
    email: own.email || c.email,
    phone: own.phone || c.phone,
  }
}

/**
 * The "Erklärung zur Barrierefreiheit" in the order of the EU model statement
 * (Implementing Decision 2018/1523) that BITV 2.0 § 7 refers to: conformance, non-accessible
 * content, how the statement was made, feedback and contact, enforcement. The fixed wording
 * is UI text in the reader's language; what differs by town comes from the town's settings.
 */
export async function AccessibilityStatement({ town, locale, page }: { town: Town; locale: Locale; page: PageRef }) {
  const [t, a] = await Promise.all([getTranslations('Accessibility'), getTownAccessibility(town.id)])
  const hasNonAccessible = Object.values(byLocale(a.nonAccessible)).some(Boolean)
  const enforcement = a.enforcement
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow statement">
        <h1>{t('title')}</h1>
        <p><Sentence text={sentence(t, 'intro', { town: town.name })} /></p>

        <section aria-labelledby="conformance">
          <h2 id="conformance">{t('conformanceTitle')}</h2>
          <p><Sentence text={sentence(t, 'conformance', { status: a.conformance })} /></p>
        </section>

        <section aria-labelledby="non-accessible">
          <h2 id="non-accessible">{t('nonAccessibleTitle')}</h2>
          {hasNonAccessible ? (
            <LocalizedRichText value={a.nonAccessible} reader={locale} townDefault={town.defaultLocale} converters={headingsBelowSection} />
          ) : (
            <p>{t('noneKnown')}</p>
          )}
        </section>

        <section aria-labelledby="preparation">
          <h2 id="preparation">{t('preparationTitle')}</h2>
          <p>
            {a.statementDate ? <><Sentence text={sentence(t, 'preparedOn', { date: formatDate(a.statementDate, locale, town.timeZone) })} />{' '}</> : null}
            <Sentence text={sentence(t, 'method', { method: a.method })} />
          </p>
        </section>

        <section aria-labelledby="feedback">
          <h2 id="feedback">{t('feedbackTitle')}</h2>
          <p>{t('feedbackIntro')}</p>
          <p>
            <a className="button" href={route.accessibilityFeedback({ locale, town: town.slug })}>
              {t('reportButton')}
            </a>
          </p>
          <ContactCard person={feedbackContact(a.contact, town)} />
        </section>

        <section aria-labelledby="enforcement">
          <h2 id="enforcement">{t('enforcementTitle')}</h2>
          <p>{t('enforcementIntro')}</p>
          {enforcement.name || enforcement.website ? <ContactCard person={enforcement} /> : <p>{t('enforcementMissing')}</p>}
        </section>
      </div>
    </PortalShell>
  )
}
