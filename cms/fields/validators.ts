import { checkAgs, checkEmail, checkPhone, checkUrl } from '@shared/validation'

/** Wraps a shared check as a Payload validator: empty values are left to `required`. */
// Typed loosely enough to serve text and email fields alike.
type Validator = (value: unknown, options: { required?: boolean }) => string | true

function fromCheck(check: (value: string) => string | null, maxLength: number): Validator {
  return (value, { required }) => {
    if (value === null || value === undefined || value === '') return required ? 'This field is required.' : true
    if (typeof value !== 'string') return 'Please enter text.'
    if (value.length > maxLength) return `At most ${maxLength} characters.`
    return check(value) ?? true
  }
}

export const validateEmail = fromCheck(checkEmail, 254)
export const validateUrl = fromCheck(checkUrl, 2048)
export const validatePhone = fromCheck(checkPhone, 40)
export const validateAgs = fromCheck(checkAgs, 8)
