import { useTranslations } from '@web/i18n/translations'
import type { Person } from '@web/lib/accessibility'
import { ContactActions } from './ContactActions'
import { Icon } from './Icon'

/** A body's name, postal address, phone, e-mail and website (German data: marked `lang="de"`). */
export function ContactCard({ person }: { person: Person }) {
  const t = useTranslations('Town')
  return (
    <div className="card contact-card">
      {person.name ? (
        <p className="card-title">
          <bdi lang="de">{person.name}</bdi>
        </p>
      ) : null}
      {person.address ? (
        <p>
          <Icon name="pin" /> <span className="visually-hidden">{t('address')}: </span>
          <bdi lang="de" className="address">
            {person.address}
          </bdi>
        </p>
      ) : null}
      <ContactActions phone={person.phone} email={person.email} website={person.website} />
    </div>
  )
}
