'use client'

import { Button } from '@payloadcms/ui'
import { type FormEvent, useId, useState } from 'react'
import type { TwoFactorKey } from '@cms/auth/totp/texts'
import { formControlStyle } from './formControlStyle'

type Texts = Record<TwoFactorKey, string>

const fieldStyle = { display: 'grid', gap: 'calc(var(--base) / 4)', marginBottom: 'calc(var(--base) / 1.5)', maxWidth: '20rem' } as const
/** Digits stay left to right in Arabic and Persian, and large enough to read off a phone. */
const codeStyle = { ...formControlStyle, fontSize: '1.25rem', letterSpacing: '0.2em', direction: 'ltr' as const, textAlign: 'start' as const }

/** Posts JSON to a two-factor endpoint with the login cookie; the answer's message when refused. */
async function post(url: string, body: Record<string, unknown>): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; message: string }> {
  try {
    const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const data: unknown = await res.json().catch(() => ({}))
    const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
    if (res.ok) return { ok: true, data: record }
    const errors = Array.isArray(record.errors) ? record.errors : []
    const first: unknown = errors[0]
    const message = typeof first === 'object' && first !== null && 'message' in first && typeof first.message === 'string' ? first.message : String(res.status)
    return { ok: false, message }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

function Problem({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={id} role="alert" style={{ color: 'var(--theme-error-500)' }}>
      {text}
    </p>
  ) : null
}

function CodeInput({ id, name, label, describedBy, recovery = false }: { id: string; name: string; label: string; describedBy?: string; recovery?: boolean }) {
  return (
    <div style={fieldStyle}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        style={codeStyle}
        dir="ltr"
        required
        autoFocus
        autoComplete={recovery ? 'off' : 'one-time-code'}
        inputMode={recovery ? 'text' : 'numeric'}
        spellCheck={false}
        maxLength={recovery ? 14 : 9}
        aria-describedby={describedBy}
      />
    </div>
  )
}

/** The second step of a login: a code from the app, or (phone lost) a recovery code. */
export function CodeForm({ endpoint, after, texts }: { endpoint: string; after: string; texts: Texts }) {
  const id = useId()
  const [recovery, setRecovery] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget).get('code') ?? '')
    setBusy(true)
    setProblem(null)
    const result = await post(`${endpoint}/verify`, recovery ? { recoveryCode: value } : { code: value })
    if (result.ok) return window.location.assign(after)
    setProblem(result.message)
    setBusy(false)
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={problem ? `${id}-problem` : undefined}>
      <CodeInput key={String(recovery)} id={`${id}-code`} name="code" label={recovery ? texts.recoveryLabel : texts.codeLabel} recovery={recovery} describedBy={problem ? `${id}-problem` : undefined} />
      <Problem id={`${id}-problem`} text={problem} />
      <Button type="submit" disabled={busy}>
        {busy ? texts.working : texts.verify}
      </Button>
      <p>
        <button type="button" className="btn btn--style-none" style={{ textDecoration: 'underline', cursor: 'pointer', background: 'none', border: 0, padding: 0, color: 'inherit', font: 'inherit' }} onClick={() => (setRecovery(!recovery), setProblem(null))}>
          {recovery ? texts.useApp : texts.useRecovery}
        </button>
      </p>
    </form>
  )
}

/** The code of the new key; then the recovery codes, shown this once. */
export function EnrolForm({ endpoint, after, texts }: { endpoint: string; after: string; texts: Texts }) {
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '')
    setBusy(true)
    setProblem(null)
    const result = await post(`${endpoint}/confirm`, { code })
    setBusy(false)
    if (!result.ok) return setProblem(result.message)
    const list = Array.isArray(result.data.recoveryCodes) ? result.data.recoveryCodes.filter((c): c is string => typeof c === 'string') : []
    setCodes(list)
  }

  if (codes) {
    return (
      <section aria-labelledby={`${id}-codes`}>
        <p role="status">{texts.isOn}</p>
        <h2 id={`${id}-codes`}>{texts.recoveryTitle}</h2>
        <p>{texts.recoveryIntro}</p>
        <ul className="two-factor__recovery-codes" dir="ltr" style={{ listStyle: 'none', padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))', gap: '0.5rem', fontFamily: 'var(--font-mono, monospace)', fontSize: '1.05rem' }}>
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <a className="btn btn--style-primary btn--size-medium" href={after} style={{ display: 'inline-block', marginBlockStart: 'var(--base)' }}>
          {texts.continue}
        </a>
      </section>
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={problem ? `${id}-problem` : undefined}>
      <CodeInput id={`${id}-code`} name="code" label={texts.codeLabel} describedBy={problem ? `${id}-problem` : undefined} />
      <Problem id={`${id}-problem`} text={problem} />
      <Button type="submit" disabled={busy}>
        {busy ? texts.working : texts.turnOn}
      </Button>
    </form>
  )
}

/** Off again, with a current code (only where the account is not required to have it). */
export function DisableForm({ endpoint, texts }: { endpoint: string; texts: Texts }) {
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '')
    setBusy(true)
    setProblem(null)
    const result = await post(`${endpoint}/disable`, { code })
    if (result.ok) return window.location.reload()
    setProblem(result.message)
    setBusy(false)
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={problem ? `${id}-problem` : undefined}>
      <p>{texts.disableIntro}</p>
      <CodeInput id={`${id}-code`} name="code" label={texts.codeLabel} describedBy={problem ? `${id}-problem` : undefined} />
      <Problem id={`${id}-problem`} text={problem} />
      <Button type="submit" buttonStyle="secondary" disabled={busy}>
        {busy ? texts.working : texts.turnOff}
      </Button>
    </form>
  )
}

/** Leaves a pending login: the session ends, back to the login page. */
export function CancelButton({ endpoint, after, texts }: { endpoint: string; after: string; texts: Texts }) {
  const [busy, setBusy] = useState(false)
  return (
    <Button
      buttonStyle="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true)
        await post(`${endpoint}/cancel`, {})
        window.location.assign(after)
      }}
    >
      {texts.cancel}
    </Button>
  )
}

/** On another person's account: staff reset a lost two-factor login (the person sets it up again). */
export function ResetButton({ endpoint, user, texts }: { endpoint: string; user: string; texts: Pick<Texts, 'reset' | 'resetHelp' | 'working' | 'resetDone'> }) {
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  return (
    <div>
      <p id={`${id}-help`} style={{ margin: '0.25rem 0', opacity: 0.8 }}>
        {texts.resetHelp}
      </p>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy || message?.ok === true}
        aria-describedby={`${id}-help`}
        onClick={async () => {
          setBusy(true)
          const result = await post(`${endpoint}/reset`, { user })
          setMessage(result.ok ? { ok: true, text: texts.resetDone } : { ok: false, text: result.message })
          setBusy(false)
        }}
      >
        {busy ? texts.working : texts.reset}
      </Button>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} style={message.ok ? undefined : { color: 'var(--theme-error-500)' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
