import type { TFunction } from '@payloadcms/translations'
import { agsFormat, emailFormat, type FormatCode, phoneFormat, urlFormat } from '@shared/validation'
import { translate } from '@cms/i18n/translate'

// Typed loosely enough to serve text and email fields alike; `req.t` speaks the user's language.
type Validator = (value: unknown, options: { required?: boolean; req: { t: TFunction } }) => string | true

/**
 * Wraps a shared format check as a Payload validator, its message in the admin user's language.
 * Empty values are left to `required` (Payload's own message).
 */
function fromFormat(format: (value: string) => FormatCode | null, maxLength: number): Validator {
  return (value, { required, req }) => {
    if (value === null || value === undefined || value === '') return required ? req.t('validation:required') : true
    if (typeof value !== 'string') return translate(req.t, 'error.text')
    if (value.length > maxLength) return req.t('validation:shorterThanMax', { maxLength })
    const code = format(value)
    return code ? translate(req.t, `error.format.${code}`) : true
  }
}

export const validateEmail = fromFormat(emailFormat, 254)
export const validateUrl = fromFormat(urlFormat, 2048)
export const validatePhone = fromFormat(phoneFormat, 40)
export const validateAgs = fromFormat(agsFormat, 8)
