import { PublishButton, SaveDraftButton } from '@payloadcms/ui'
import type { Payload, ServerProps } from 'payload'
import { tenantIDsOf } from '@cms/access/ids'
import { isProvider } from '@cms/access/roles'
import { SubmitForReviewButton } from './ReviewSubmitButton'

type Props = Pick<ServerProps, 'payload' | 'user'>

/**
 * Whether this user's saves go to review: a provider in a town that reviews (a provider's towns
 * follow their organisations; unknown settings review, as the server's rule does).
 */
async function submitsForReview(payload: Payload, user: Props['user']): Promise<boolean> {
  if (!isProvider(user)) return false
  const towns = tenantIDsOf(user)
  if (!towns.length) return true
  const { docs } = await payload.find({ collection: 'municipalities', where: { id: { in: towns } }, depth: 0, limit: towns.length, overrideAccess: true, pagination: false, select: { directory: true } })
  return docs.length < towns.length || docs.some((town) => town.directory?.providerPublishing !== 'direct')
}

/** "Publish changes", or "Submit for review" for a provider whose town reviews (the server saves a draft either way). */
export async function ReviewPublishButton({ payload, user }: Props) {
  return (await submitsForReview(payload, user)) ? <SubmitForReviewButton /> : <PublishButton />
}

/** "Save draft", left out where the provider's one action is "Submit for review". */
export async function ReviewSaveDraftButton({ payload, user }: Props) {
  return (await submitsForReview(payload, user)) ? null : <SaveDraftButton />
}
