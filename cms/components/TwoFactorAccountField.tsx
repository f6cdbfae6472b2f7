import type { Payload } from 'payload'
import { isRecord } from '@cms/isRecord'
import { isStaff } from '@cms/access/roles'
import { TWO_FACTOR_PATH, TWO_FACTOR_VIEW_PATH } from '@cms/auth/totp/paths'
import { twoFactorText } from '@cms/auth/totp/texts'
import { ResetButton } from './TwoFactorForms'

interface Props {
  data?: unknown
  user?: unknown
  payload: Payload
  i18n: { language: string }
  collectionSlug?: string
}

/**
 * On an account's page, in place of the tick box: whether two-factor login is on; on one's own
 * account the way to set it up or manage it (`/admin/two-factor`); on an account staff manage,
 * the reset for a person who lost phone and recovery codes. Nobody ticks it by hand.
 */
export function TwoFactorAccountField({ data, user, payload, i18n, collectionSlug }: Props) {
  const on = isRecord(data) && data.twoFactorEnabled === true
  const own = isRecord(data) && isRecord(user) && data.id !== undefined && data.id === user.id
  const language = i18n.language
  const text = (key: Parameters<typeof twoFactorText>[1]) => twoFactorText(language, key)
  const { admin, api } = payload.config.routes
  return (
    <div className="field-type two-factor-account" style={{ marginBlockEnd: 'var(--base)' }}>
      <span className="field-label">{text('title')}</span>
      <p style={{ margin: '0.25rem 0' }}>{on ? text('isOn') : text('isOff')}</p>
      {own ? <a href={`${admin}${TWO_FACTOR_VIEW_PATH}`}>{on ? text('manage') : text('setUp')}</a> : null}
      {!own && on && isStaff(user) && isRecord(data) && typeof data.id === 'string' ? (
        <ResetButton
          endpoint={`${api}/${collectionSlug ?? payload.config.admin.user}${TWO_FACTOR_PATH}`}
          user={data.id}
          texts={{ reset: text('reset'), resetHelp: text('resetHelp'), working: text('working'), resetDone: text('resetDone') }}
        />
      ) : null}
    </div>
  )
}
