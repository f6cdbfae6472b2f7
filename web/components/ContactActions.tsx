import { useTranslations } from '@web/i18n/translations'
import { telHref } from '@shared/validation'
import { Icon } from './Icon'

interface Props {
  phone?: string | null
  email?: string | null
  website?: string | null
}

/**
 * Phone, e-mail and website as big touch targets. Numbers and addresses stay left-to-right
 * inside right-to-left pages (`bdi dir="ltr"`), and the label is there for screen readers.
 */
export function ContactActions({ phone, email, website }: Props) {
  if (!phone && !email && !website) return null
  const t = useTranslations('Town')
  return (
    <ul className="actions" role="list">
      {phone ? (
        <li>
          <a className="action" href={telHref(phone)}>
            <Icon name="phone" />
            <span className="visually-hidden">{t('phone')}: </span>
            <bdi dir="ltr">{phone}</bdi>
          </a>
        </li>
      ) : null}
      {email ? (
        <li>
          <a className="action" href={`mailto:${email}`}>
            <Icon name="mail" />
            <span className="visually-hidden">{t('email')}: </span>
            <bdi dir="ltr">{email}</bdi>
          </a>
        </li>
      ) : null}
      {website ? (
        <li>
          <a className="action" href={website} rel="noopener">
            <Icon name="globe" />
            <span>{t('website')}</span>
          </a>
        </li>
      ) : null}
    </ul>
  )
}
