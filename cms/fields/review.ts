import type { CheckboxField, Field } from 'payload'
import { staffField } from '../access/predicates'
import { hiddenFromProviders } from '../adminFace/providerView'
import { tr } from '@cms/i18n/translate'
import type { PortalKey } from '@cms/i18n/en'
import { REVIEW_STATES } from '@shared/reviewDiff'
import { selectOptions } from './selectOptions'

/** A flag set by the review hooks (never by providers); editors filter their work list by it. */
export function reviewFlag(description: PortalKey, position: 'sidebar' | undefined = 'sidebar'): CheckboxField {
  // Providers read their entry's state in the banner above the form (ReviewBanner), in words.
  return hiddenFromProviders({
    name: 'pendingReview',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { update: staffField, create: staffField },
    admin: { position, readOnly: true, description: tr(description) },
  })
}

/** Set when a provider saved a draft that waits for an editor; editors filter their work list by it. */
export const pendingReviewField = reviewFlag('help.pendingReview')

/** Only the review endpoints (cms/review/) write these: nobody types a verdict into the form. */
const setByReview = { create: () => false, update: () => false }

/**
 * The editor's last verdict on a provider's change (documents with drafts): sent back with a
 * comment, or approved; who and when. They live in the versions too, so a draft that was sent
 * back says so until the provider submits it again (which clears them). The banner above the
 * form (ReviewBanner) shows them; the fields themselves stay out of the form.
 */
export const reviewFields: Field[] = [
  pendingReviewField,
  {
    name: 'reviewState',
    type: 'select',
    index: true,
    options: selectOptions(REVIEW_STATES, (v) => `option.reviewState.${v}`),
    access: setByReview,
    admin: { hidden: true },
  },
  { name: 'reviewComment', type: 'textarea', maxLength: 2000, access: setByReview, admin: { hidden: true } },
  { name: 'reviewedAt', type: 'date', access: setByReview, admin: { hidden: true } },
  // Staff identities stay with staff (as `lastVerifiedBy`): the provider reads the comment, not the name.
  { name: 'reviewedBy', type: 'text', maxLength: 200, access: { ...setByReview, read: staffField }, admin: { hidden: true } },
]

/** Above the form: a change waits for review, or was sent back with the editor's comment. */
export const reviewBannerField: Field = {
  name: 'reviewBanner',
  type: 'ui',
  admin: { components: { Field: '/cms/components/ReviewBanner#ReviewBanner' } },
}

/** The document's buttons: "Submit for review" instead of "Publish" for providers in reviewing towns. */
export const reviewButtons = {
  PublishButton: '/cms/components/ReviewPublishButton#ReviewPublishButton',
  SaveDraftButton: '/cms/components/ReviewPublishButton#ReviewSaveDraftButton',
}
