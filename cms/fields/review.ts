import type { Field } from 'payload'
import { staffField } from '../access/predicates'

/** Set when a provider saved a draft that waits for an editor; editors filter their work list by it. */
export const pendingReviewField: Field = {
  name: 'pendingReview',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  access: { update: staffField, create: staffField },
  admin: { position: 'sidebar', readOnly: true, description: 'A provider’s change waits for review.' },
}
