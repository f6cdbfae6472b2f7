import { useTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import type { OrganizationCard as Org } from '@web/lib/organizations'
import { ContactActions } from './ContactActions'
import { Icon, KIND_ICONS } from './Icon'
import { LocalizedText } from './LocalizedText'

/** One organisation with its ways of contact, each a big touch target. */
export function OrganizationCard({
  org,
  locale,
  townDefault,
  href,
  compact = false,
}: {
  org: Org
  locale: Locale
  townDefault: Locale
  href: string
  /** Without the contact buttons (they are on the organisation's page). */
  compact?: boolean
}) {
  const t = useTranslations()
  return (
    <article className="card" aria-labelledby={`org-${org.id}`}>
      <p className="card-kicker">
        <Icon name={KIND_ICONS[org.kind] ?? 'pin'} /> {t.has(`OrganizationKind.${org.kind}`) ? t(`OrganizationKind.${org.kind}`) : org.kind}
      </p>
      {/* Names stay as written; <bdi> isolates them without mirroring the card's layout. */}
      <h3 id={`org-${org.id}`} className="card-title">
        <a href={href}>
          <bdi lang="de">{org.name}</bdi>
        </a>
      </h3>
      <LocalizedText className="card-text" value={pickLocalized(org.description, locale, townDefault)} reader={locale} />
      {compact ? null : <ContactActions phone={org.phone} email={org.email} website={org.website} />}
    </article>
  )
}
