'use client'

import { type ReactNode, useActionState, useEffect, useRef } from 'react'
import { useFormStatus } from 'react-dom'
import { FEEDBACK_LIMITS, type FeedbackField } from '@shared/accessibilityFeedback'
import type { FeedbackFormState } from '@web/lib/feedbackAction'

export interface FeedbackLabels {
  errorSummary: string
  page: string
  pageHint: string
  description: string
  descriptionHint: string
  name: string
  email: string
  emailHint: string
  honeypot: string
  submit: string
  sending: string
}

interface Props {
  action: (previous: FeedbackFormState, form: FormData) => Promise<FeedbackFormState>
  initial: FeedbackFormState
  labels: FeedbackLabels
  /** The privacy note with its link, rendered on the server. */
  consent: ReactNode
  /** This form's page (without a query): where the form posts before or without JavaScript. */
  permalink: string
}

function Submit({ labels }: { labels: FeedbackLabels }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? labels.sending : labels.submit}
    </button>
  )
}

const ORDER: FeedbackField[] = ['form', 'pageUrl', 'description', 'name', 'email']

interface FieldAria {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

/** Label, hint and message of one field; the message is tied to the control it belongs to. */
function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (aria: FieldAria) => ReactNode }) {
  const control = `fb-${id}`
  const describedBy = [hint ? `${control}-hint` : '', error ? `${control}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={control}>{label}</label>
      {hint ? (
        <p id={`${control}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${control}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children({ id: control, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
    </div>
  )
}

/**
 * The barrier report form, after GOV.UK's error pattern: an error summary at the top that
 * links to each field, the message above the field it belongs to (tied by
 * `aria-describedby`), and the input kept. A server action under `useActionState`: without
 * JavaScript the page is posted and rendered again with the messages. `noValidate`: the
 * browser's own bubbles would speak the browser's language, not the reader's.
 */
export function FeedbackForm({ action, initial, labels, consent, permalink }: Props) {
  // With a permalink React renders it as the form's `action`; without, an empty `action=""`,
  // which is invalid HTML (the Nu Html Checker's "must be non-empty").
  const [state, formAction] = useActionState(action, initial, permalink)
  const summary = useRef<HTMLDivElement>(null)
  const errors = ORDER.filter((f) => state.errors[f])
  // After a post the page is new: `autoFocus` (rendered as `autofocus`) puts focus on the summary
  // so it is read out at once. With React running the page does not reload: focus it again.
  useEffect(() => {
    if (errors.length) summary.current?.focus()
  }, [state, errors.length])

  return (
    <form action={formAction} className="feedback-form" noValidate>
      {errors.length ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="fb-error-title" autoFocus>
          <h2 id="fb-error-title">{labels.errorSummary}</h2>
          <ul>
            {errors.map((f) => (
              <li key={f}>{f === 'form' ? state.errors[f] : <a href={`#fb-${f}`}>{state.errors[f]}</a>}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field id="pageUrl" label={labels.page} hint={labels.pageHint} error={state.errors.pageUrl}>
        {(aria) => <input {...aria} name="pageUrl" type="text" dir="auto" maxLength={FEEDBACK_LIMITS.pageUrl} defaultValue={state.values.pageUrl} />}
      </Field>
      <Field id="description" label={labels.description} hint={labels.descriptionHint} error={state.errors.description}>
        {(aria) => <textarea {...aria} name="description" rows={6} dir="auto" required maxLength={FEEDBACK_LIMITS.description} defaultValue={state.values.description} />}
      </Field>
      <Field id="name" label={labels.name} error={state.errors.name}>
        {(aria) => <input {...aria} name="name" type="text" dir="auto" autoComplete="name" maxLength={FEEDBACK_LIMITS.name} defaultValue={state.values.name} />}
      </Field>
      <Field id="email" label={labels.email} hint={labels.emailHint} error={state.errors.email}>
        {(aria) => <input {...aria} name="email" type="email" dir="ltr" autoComplete="email" spellCheck={false} defaultValue={state.values.email} />}
      </Field>
      {/* The honeypot: hidden by CSS from people (and so from screen readers), visible to bots. */}
      <div className="hp">
        <label htmlFor="fb-website">{labels.honeypot}</label>
        <input id="fb-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="hint consent">{consent}</p>
      <Submit labels={labels} />
    </form>
  )
}
