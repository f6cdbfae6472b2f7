import type { CheckboxField } from 'payload'
import { staffField } from '../access/predicates'

/** A flag set by the review hooks (never by providers); editors filter their work list by it. */
export function reviewFlag(description: string, position: 'sidebar' | undefined = 'sidebar'): CheckboxField {
  return {
    name: 'pendingReview',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { update: staffField, create: staffField },
    admin: { position, readOnly: true, description },
  }
}

/** Set when a provider saved a draft that waits for an editor; editors filter their work list by it. */
export const pendingReviewField = reviewFlag('A provider’s change waits for review.')
