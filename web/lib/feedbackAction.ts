'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getTranslations } from '@web/i18n/translations'
import { submitAccessibilityFeedback } from '@cms/collections/AccessibilityFeedback/submit'
import { clientAddressOf } from '@cms/security/clientAddress'
import { FEEDBACK_LIMITS, feedbackValues, type FeedbackField, type FeedbackValues } from '@shared/accessibilityFeedback'
import { isLocale } from '@shared/locales'
import { route } from '@shared/routes'
import { payloadClient } from './payload'

export interface FeedbackFormState {
  values: FeedbackValues
  /** Messages in the reader's language, by field ('form' for the whole report). */
  errors: Partial<Record<FeedbackField, string>>
}

/**
 * The barrier-report form's server action. Without JavaScript the browser posts the form
 * and gets the page back (with the messages and the input kept, through `useActionState`);
 * with JavaScript the same happens without a reload. Success redirects (303 without
 * JavaScript), so reloading the thank-you page sends nothing twice.
 */
export async function submitFeedback(town: string, locale: string, _previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  const field = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const input = { pageUrl: field('pageUrl'), description: field('description'), name: field('name'), email: field('email'), website: field('website') }
  const payload = await payloadClient()
  const result = await submitAccessibilityFeedback(payload, {
    collection: 'accessibility-feedback',
    municipalitiesSlug: 'municipalities',
    town,
    locale,
    input,
    client: clientAddressOf(await headers()),
  })
  const safeLocale = isLocale(locale) ? locale : 'de'
  // Success means a town has exactly this slug (the submit looks it up), so it is safe in the address.
  if (result.ok) redirect(`${route.accessibilityFeedback({ locale: safeLocale, town })}?sent=1`)
  const t = await getTranslations({ locale: safeLocale, namespace: 'Feedback.errors' })
  const errors: FeedbackFormState['errors'] = {}
  for (const e of result.errors) {
    const max = e.field === 'description' || e.field === 'pageUrl' || e.field === 'name' ? FEEDBACK_LIMITS[e.field] : 0
    errors[e.field] ??= t(e.code === 'unknownTown' ? 'failed' : e.code, { max })
  }
  return { values: feedbackValues(input), errors }
}
