'use client'

import { Button } from '@payloadcms/ui'
import { type FormEvent, useId, useState } from 'react'
import { formControlStyle } from './formControlStyle'

/** What Payload's own password field asks for at the least. */
export const MIN_PASSWORD_LENGTH = 8

interface Props {
  token: string
  /** Payload's reset endpoint: it sets the password, ends the token and logs the person in. */
  resetURL: string
  afterURL: string
  texts: Record<'newPassword' | 'newPasswordHelp' | 'confirmPassword' | 'choose' | 'saving' | 'mismatch' | 'tooShort' | 'expired' | 'done', string>
}

const fieldStyle = { display: 'grid', gap: 'calc(var(--base) / 4)', marginBottom: 'calc(var(--base) / 1.5)' } as const

/** The invited person's password, twice; checked here first so a typo costs no round trip. */
export function SetPasswordForm({ token, resetURL, afterURL, texts }: Props) {
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    if (password.length < MIN_PASSWORD_LENGTH) return setProblem(texts.tooShort)
    if (password !== String(form.get('confirm-password') ?? '')) return setProblem(texts.mismatch)
    setBusy(true)
    setProblem(null)
    try {
      const res = await fetch(resetURL, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token, password }) })
      if (!res.ok) throw new Error(String(res.status))
      setDone(true)
      window.location.assign(afterURL)
    } catch {
      setProblem(texts.expired)
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={problem ? `${id}-problem` : undefined}>
      <div style={fieldStyle}>
        <label htmlFor={`${id}-password`}>{texts.newPassword}</label>
        <input style={formControlStyle} id={`${id}-password`} name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} aria-describedby={`${id}-help`} />
        <small id={`${id}-help`}>{texts.newPasswordHelp}</small>
      </div>
      <div style={fieldStyle}>
        <label htmlFor={`${id}-confirm`}>{texts.confirmPassword}</label>
        <input style={formControlStyle} id={`${id}-confirm`} name="confirm-password" type="password" autoComplete="new-password" required />
      </div>
      {problem ? (
        <p id={`${id}-problem`} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      ) : null}
      {done ? <p role="status">{texts.done}</p> : null}
      <Button type="submit" disabled={busy}>
        {busy ? texts.saving : texts.choose}
      </Button>
    </form>
  )
}
