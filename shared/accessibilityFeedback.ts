import { checkEmail } from './validation'

/**
 * The barrier report of the accessibility statement (BITV 2.0 § 7: a "feedback mechanism").
 * One check for the REST endpoint and the portal's form, so both refuse the same things
 * and the portal can name each problem in the reader's language (the codes are UI keys).
 */

export const FEEDBACK_LIMITS = { description: 5000, pageUrl: 500, name: 200 } as const

/** The form's fields as posted. `website` is the honeypot: people never see it, bots fill it. */
export interface FeedbackInput {
  pageUrl?: unknown
  description?: unknown
  name?: unknown
  email?: unknown
  website?: unknown
}

export type FeedbackField = 'pageUrl' | 'description' | 'name' | 'email' | 'form'
export type FeedbackErrorCode = 'required' | 'tooLong' | 'invalidEmail' | 'spam' | 'rateLimited' | 'unknownTown' | 'failed'

export interface FeedbackError {
  field: FeedbackField
  code: FeedbackErrorCode
  message: string
}

export interface FeedbackValues {
  pageUrl: string
  description: string
  name: string
  email: string
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** The input as trimmed strings (what the form shows again after an error). */
export function feedbackValues(input: FeedbackInput): FeedbackValues {
  return { pageUrl: text(input.pageUrl), description: text(input.description), name: text(input.name), email: text(input.email) }
}

/** Every problem of a report (empty when it can be stored). */
export function checkFeedback(input: FeedbackInput): FeedbackError[] {
  // A filled honeypot says nothing about the other fields: answer with that alone.
  if (text(input.website)) return [{ field: 'form', code: 'spam', message: 'The report was refused.' }]
  const v = feedbackValues(input)
  const errors: FeedbackError[] = []
  const tooLong = (field: keyof typeof FEEDBACK_LIMITS) => {
    if (v[field].length > FEEDBACK_LIMITS[field]) {
      errors.push({ field, code: 'tooLong', message: `At most ${FEEDBACK_LIMITS[field]} characters.` })
    }
  }
  if (!v.description) errors.push({ field: 'description', code: 'required', message: 'Please describe the barrier.' })
  tooLong('description')
  tooLong('pageUrl')
  tooLong('name')
  const emailProblem = v.email ? checkEmail(v.email) : null
  if (emailProblem) errors.push({ field: 'email', code: 'invalidEmail', message: emailProblem })
  return errors
}
