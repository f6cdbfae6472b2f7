import type { Payload } from 'payload'
import { isRecord } from '@cms/isRecord'
import { TWO_FACTOR_VIEW_PATH } from '@cms/auth/totp/paths'
import { twoFactorText } from '@cms/auth/totp/texts'

interface Props {
  data?: unknown
  user?: unknown
  payload: Payload
  i18n: { language: string }
}

/**
 * On an account's page, in place of the tick box: whether two-factor login is on, and on one's
 * own account the way to set it up or manage it (`/admin/two-factor`). Nobody ticks it by hand.
 */
export function TwoFactorAccountField({ data, user, payload, i18n }: Props) {
  const on = isRecord(data) && data.twoFactorEnabled === true
  const own = isRecord(data) && isRecord(user) && data.id !== undefined && data.id === user.id
  const text = (key: Parameters<typeof twoFactorText>[1]) => twoFactorText(i18n.language, key)
  return (
    <div className="field-type two-factor-account" style={{ marginBlockEnd: 'var(--base)' }}>
      <span className="field-label">{text('title')}</span>
      <p style={{ margin: '0.25rem 0' }}>{on ? text('isOn') : text('isOff')}</p>
      {own ? <a href={`${payload.config.routes.admin}${TWO_FACTOR_VIEW_PATH}`}>{on ? text('manage') : text('setUp')}</a> : null}
    </div>
  )
}
