'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'
import { portalText } from '@cms/i18n/translate'
import { formControlStyle } from './formControlStyle'

const boxStyle = { display: 'grid', gap: 'calc(var(--base) / 3)', marginBottom: 'var(--base)' } as const
const helpStyle = { margin: 0, fontSize: '0.85em', opacity: 0.8 } as const

/**
 * On an account's page (sidebar): the person downloads what the portal holds about them (Art. 15;
 * a plain link, works without script); an admin downloads another account's data for a request by
 * letter, and erases the account (Art. 17) after typing its e-mail address to confirm.
 */
export function AccountPrivacy() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const router = useRouter()
  const inputID = useId()
  const [busy, setBusy] = useState(false)
  if (!id || !user) return null
  const own = String(user.id) === String(id)
  const admin = user.role === 'admin'
  if (!own && !admin) return null
  const { api, admin: adminRoute } = config.routes
  const download = `${api}/users/${id}/personal-data`

  const erase = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const confirm = new FormData(event.currentTarget).get('confirm')
    setBusy(true)
    try {
      const res = await fetch(`${api}/users/${id}/erase`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ confirm }),
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) throw new Error(body.errors?.map((e) => e.message).join(' ') || String(res.status))
      toast.success(body.message ?? '')
      router.push(`${adminRoute}/collections/users`)
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
      setBusy(false)
    }
  }

  return (
    <div className="account-privacy" style={boxStyle}>
      <a className="btn btn--style-secondary btn--size-medium" href={download} download>
        {own ? t('privacy.download.own') : t('privacy.download.other')}
      </a>
      <p style={helpStyle}>{t('privacy.download.help')}</p>
      {admin && !own ? (
        <form onSubmit={erase} style={boxStyle} aria-labelledby={`${inputID}-title`}>
          <h4 id={`${inputID}-title`} style={{ margin: 0 }}>
            {t('privacy.erase.title')}
          </h4>
          <p style={helpStyle}>{t('privacy.erase.help')}</p>
          <label htmlFor={inputID}>{t('privacy.erase.confirmLabel')}</label>
          <input id={inputID} name="confirm" type="email" required autoComplete="off" style={formControlStyle} />
          <Button type="submit" buttonStyle="error" size="medium" disabled={busy}>
            {t('privacy.erase.button')}
          </Button>
        </form>
      ) : null}
    </div>
  )
}
