import type { Field } from 'payload'
import { validateEmail, validatePhone, validateUrl } from './validators'

/** Public contact data: website, e-mail, phone, with format checks. */
export function contactFields(): Field[] {
  return [
    { name: 'website', type: 'text', validate: validateUrl, admin: { placeholder: 'https://' } },
    { name: 'email', type: 'email', validate: validateEmail },
    { name: 'phone', type: 'text', validate: validatePhone, admin: { placeholder: '+49 3691 670-0' } },
  ]
}
