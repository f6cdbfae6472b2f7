import type { CheckboxField } from 'payload'
import { staffField } from '../access/predicates'
import { tr } from '@cms/i18n/translate'
import type { PortalKey } from '@cms/i18n/en'

/** A flag set by the review hooks (never by providers); editors filter their work list by it. */
export function reviewFlag(description: PortalKey, position: 'sidebar' | undefined = 'sidebar'): CheckboxField {
  return {
    name: 'pendingReview',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { update: staffField, create: staffField },
    admin: { position, readOnly: true, description: tr(description) },
  }
}

/** Set when a provider saved a draft that waits for an editor; editors filter their work list by it. */
export const pendingReviewField = reviewFlag('help.pendingReview')
