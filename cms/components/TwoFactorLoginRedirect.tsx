import type { Payload } from 'payload'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { sessionOf, type TwoFactorSlugs } from '@cms/auth/totp/state'
import { TWO_FACTOR_VIEW_PATH } from '@cms/auth/totp/paths'

interface Props {
  payload: Payload
  searchParams?: Record<string, string | string[] | undefined>
  slugs: TwoFactorSlugs
}

/**
 * On the login page: a password login still waiting for its code counts as nobody, so the admin
 * sends it here; this sends it on to the code (or the enrolment), keeping where it was going.
 */
export async function TwoFactorLoginRedirect({ payload, searchParams, slugs }: Props) {
  const session = await sessionOf(payload, slugs, await headers())
  if (!session || session.state === 'done') return null
  const to = typeof searchParams?.redirect === 'string' ? `?redirect=${encodeURIComponent(searchParams.redirect)}` : ''
  redirect(`${payload.config.routes.admin}${TWO_FACTOR_VIEW_PATH}${to}`)
}
