'use client'

import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { INVITATION_LANGUAGES, invitationText, type InvitationTextKey } from '@cms/collections/Users/invitationTexts'
import { formControlStyle } from './formControlStyle'

interface Choice {
  id: string
  name: string
}

const ROLE_TEXT = { provider: 'roleProvider', editor: 'roleEditor', admin: 'roleAdmin' } as const satisfies Record<string, InvitationTextKey>
type InvitedRole = keyof typeof ROLE_TEXT

/** Names of a collection the viewer may read (their own town's, through access control). */
function useChoices(path: string, enabled: boolean): Choice[] {
  const [choices, setChoices] = useState<Choice[]>([])
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    fetch(path, { credentials: 'include', signal: controller.signal })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body: { docs?: { id: string; name?: string }[] }) => setChoices((body.docs ?? []).map((d) => ({ id: String(d.id), name: d.name ?? String(d.id) }))))
      .catch(() => undefined)
    return () => controller.abort()
  }, [path, enabled])
  return choices
}

const fieldStyle = { display: 'grid', gap: 'calc(var(--base) / 4)', marginBottom: 'calc(var(--base) / 1.5)', maxWidth: '40rem' } as const

/**
 * Above the list of accounts: staff invite a person (POST /api/users/invite) instead of making
 * up a password for them. Editors invite providers of their town; admins anyone.
 */
export function InviteForm() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = (key: InvitationTextKey, values?: Record<string, string | number>) => invitationText(i18n.language, key, values)
  const id = useId()
  const router = useRouter()
  const isAdmin = user?.role === 'admin'
  const [role, setRole] = useState<InvitedRole>('provider')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const api = config.routes.api
  const organizations = useChoices(`${api}/organizations?limit=500&depth=0&sort=name&draft=true&select[name]=true`, role === 'provider')
  const towns = useChoices(`${api}/municipalities?limit=200&depth=0&sort=name&select[name]=true`, role !== 'provider')
  if (user?.role !== 'admin' && user?.role !== 'editor') return null

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    setBusy(true)
    setResult(null)
    try {
      const res = await fetch(`${api}/users/invite`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({
          email: form.get('email'),
          name: form.get('name'),
          role,
          organizations: form.getAll('organizations'),
          municipalities: form.getAll('municipalities'),
          language: form.get('language'),
        }),
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) throw new Error(body.errors?.map((e) => e.message).join(' ') || String(res.status))
      setResult({ ok: true, message: body.message ?? '' })
      formElement.reset()
      // The new account shows in the list below.
      router.refresh()
    } catch (error) {
      setResult({ ok: false, message: `${text('failed')}: ${error instanceof Error ? error.message : String(error)}` })
    } finally {
      setBusy(false)
    }
  }

  const label = (name: string) => `${id}-${name}`
  return (
    <details className="invite-form" style={{ margin: 'var(--base) var(--gutter-h)' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{text('formTitle')}</summary>
      <form onSubmit={submit} style={{ marginTop: 'var(--base)' }}>
        <p>{text('formIntro')}</p>
        <div style={fieldStyle}>
          <label htmlFor={label('email')}>{text('email')}</label>
          <input style={formControlStyle} id={label('email')} name="email" type="email" required autoComplete="off" dir="ltr" />
        </div>
        <div style={fieldStyle}>
          <label htmlFor={label('name')}>{text('name')}</label>
          <input style={formControlStyle} id={label('name')} name="name" type="text" maxLength={120} autoComplete="off" />
        </div>
        {isAdmin && (
          <div style={fieldStyle}>
            <label htmlFor={label('role')}>{text('role')}</label>
            <select style={formControlStyle} id={label('role')} value={role} onChange={(e) => setRole(e.target.value === 'admin' || e.target.value === 'editor' ? e.target.value : 'provider')}>
              {(Object.keys(ROLE_TEXT) as InvitedRole[]).map((r) => (
                <option key={r} value={r}>
                  {text(ROLE_TEXT[r])}
                </option>
              ))}
            </select>
          </div>
        )}
        {role === 'provider' ? (
          <div style={fieldStyle}>
            <label htmlFor={label('organizations')}>{text('organizations')}</label>
            <select style={formControlStyle} id={label('organizations')} name="organizations" multiple required size={Math.min(6, Math.max(2, organizations.length))} aria-describedby={label('organizations-help')}>
              {organizations.map((o) => (
                // Names keep their own direction inside an Arabic or Persian admin.
                <option key={o.id} value={o.id} dir="auto">
                  {o.name}
                </option>
              ))}
            </select>
            <small id={label('organizations-help')}>{text('organizationsHelp')}</small>
          </div>
        ) : (
          role === 'editor' && (
            <div style={fieldStyle}>
              <label htmlFor={label('municipalities')}>{text('towns')}</label>
              <select style={formControlStyle} id={label('municipalities')} name="municipalities" multiple required size={Math.min(6, Math.max(2, towns.length))}>
                {towns.map((t) => (
                  <option key={t.id} value={t.id} dir="auto">
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
          )
        )}
        <div style={fieldStyle}>
          <label htmlFor={label('language')}>{text('language')}</label>
          <select style={formControlStyle} id={label('language')} name="language" defaultValue={i18n.language}>
            {INVITATION_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={busy}>
          {busy ? text('sending') : text('submit')}
        </Button>
        <p role={result?.ok === false ? 'alert' : 'status'} style={{ color: result?.ok === false ? 'var(--theme-error-500)' : undefined }}>
          {result?.message}
        </p>
      </form>
    </details>
  )
}
