import crypto from 'node:crypto'
import { addDataAndFileToRequest, headersWithCors, type Endpoint, type PayloadRequest } from 'payload'
import type { PortalSlugs } from '@cms/types'
import type { User } from '@cms/payload-types'
import { organizationIDsOf, tenantIDsOf } from '@cms/access/ids'
import { isStaff, ROLES, type Role } from '@cms/access/roles'
import { publicOrigin } from '@cms/security/publicOrigin'
import { invitationText, isAdminLanguage } from './invitationTexts'
import { markInvited } from '@cms/privacy/invitations'
import { retentionPeriods } from '@cms/privacy/settings'
import { recordAudit } from '@cms/audit/record'

/**
 * How long an invitation link works: the retention period of invitations (RETENTION_INVITATION_DAYS,
 * default 7), after which the unaccepted account is deleted. Payload's own reset links (forgot password) keep their hour.
 */
export const INVITATION_DAYS = retentionPeriods().invitationDays
const DAY_MS = 24 * 60 * 60 * 1000
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String) : [])
const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value)

function reply(req: PayloadRequest, status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })
}

/** The admin view where an invited person chooses a password (cms/components/InviteView.tsx). */
export const INVITE_VIEW_PATH = '/invite'

/** Where the person chooses a password: the welcome view in their admin, in the e-mail's language. */
function links(req: PayloadRequest, token: string, language: string | undefined) {
  const base = publicOrigin(req)
  const { admin } = req.payload.config.routes
  const inLanguage = language ? `?language=${encodeURIComponent(language)}` : ''
  return { url: `${base}${admin}${INVITE_VIEW_PATH}/${token}${inLanguage}`, login: `${base}${admin}` }
}

/** Organisation names for the e-mail ("to keep the entries of AWO, DRK up to date"). */
async function organizationNames(req: PayloadRequest, slug: PortalSlugs['organizations'], orgIDs: string[]): Promise<string> {
  if (!orgIDs.length) return ''
  const { docs } = await req.payload.find({ collection: slug, where: { id: { in: orgIDs } }, depth: 0, limit: orgIDs.length, draft: true, overrideAccess: true, req, select: { name: true } })
  return docs.map((d) => d.name).join(', ')
}

/**
 * `POST /api/users/invite` {email, name?, role?, organizations?, municipalities?, language?}:
 * staff invite a person instead of handing out a password. The account is made with the
 * caller's rights (an editor: provider accounts of their own town only, as in the admin;
 * checkAccountChanges.ts) and a password nobody knows; the person gets an e-mail with a link to
 * the welcome view (cms/components/InviteView.tsx), valid INVITATION_DAYS, in the language the inviter chose. For an
 * account the caller may already manage, a new link is sent instead (an expired invitation).
 */
export function inviteEndpoint(slug: PortalSlugs['users'], organizationsSlug: PortalSlugs['organizations']): Endpoint {
  return {
    method: 'post',
    path: '/invite',
    handler: async (req) => {
      const language = req.i18n?.language
      if (!req.user || !isStaff(req.user)) return reply(req, req.user ? 403 : 401, { errors: [{ message: invitationText(language, 'notAllowed') }] })
      await addDataAndFileToRequest(req)
      const data = req.data ?? {}
      const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
      if (!EMAIL.test(email) || email.length > 254) return reply(req, 400, { errors: [{ message: invitationText(language, 'invalidEmail'), path: 'email' }] })
      const mailLanguage = isAdminLanguage(data.language) ? data.language : language

      const { docs } = await req.payload.find({ collection: slug, where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: false, req })
      let user: User | undefined = docs[0]
      const resent = Boolean(user)
      // An account the caller may not manage: say so plainly (Payload's unique check would say "invalid").
      if (!user && (await req.payload.count({ collection: slug, where: { email: { equals: email } }, overrideAccess: true, req })).totalDocs > 0) {
        return reply(req, 400, { errors: [{ message: invitationText(language, 'taken'), path: 'email' }] })
      }
      if (!user) {
        const role: Role = isRole(data.role) ? data.role : 'provider'
        const municipalities = ids(data.municipalities)
        user = await req.payload.create({
          collection: slug,
          data: {
            email,
            name: typeof data.name === 'string' ? data.name.trim().slice(0, 120) || undefined : undefined,
            role,
            ...(isAdminLanguage(data.language) ? { language: data.language } : {}),
            organizations: ids(data.organizations),
            ...(role === 'provider' ? {} : { tenants: municipalities.map((municipality) => ({ municipality })) }),
            // Never told to anyone: the person sets their own through the link.
            password: crypto.randomBytes(32).toString('base64url'),
          },
          depth: 0,
          overrideAccess: false,
          req,
        })
      }
      const token = await req.payload.forgotPassword({ collection: slug, data: { email }, disableEmail: true, expiration: INVITATION_DAYS * DAY_MS, req })
      if (!token) return reply(req, 400, { errors: [{ message: invitationText(language, 'invalidEmail'), path: 'email' }] })
      // An invitation nobody accepts is deleted with its account after INVITATION_DAYS (cms/privacy/).
      await markInvited(req, slug, user, !resent)
      const organizations = await organizationNames(req, organizationsSlug, organizationIDsOf(user))
      const forWhom = invitationText(mailLanguage, user.role === 'admin' ? 'forAdmin' : user.role === 'editor' ? 'forEditor' : 'forProvider', { organizations })
      const inviter = typeof req.user.name === 'string' && req.user.name ? req.user.name : String(req.user.email)
      await req.payload.sendEmail({
        to: email,
        subject: invitationText(mailLanguage, 'subject'),
        text: invitationText(mailLanguage, 'body', { inviter, forWhom, days: INVITATION_DAYS, email, ...links(req, token, mailLanguage) }),
      })
      recordAudit(req, { action: 'invite', collection: slug, documentId: user.id, title: email, towns: tenantIDsOf(user), detail: { role: user.role, resent } })
      const message = invitationText(language, resent ? 'resent' : 'sent', { email, days: INVITATION_DAYS })
      return reply(req, resent ? 200 : 201, { message, id: user.id })
    },
  }
}
