import type { AdminViewServerProps } from 'payload'
import { MinimalTemplate } from '@payloadcms/next/templates'
import { invitationText, isAdminLanguage } from '@cms/collections/Users/invitationTexts'
import { directionOf } from '@shared/locales'
import { SetPasswordForm } from './SetPasswordForm'

/**
 * Where an invitation's link leads (`/admin/invite/<token>`): a welcome in the invited person's
 * language and the choice of a password, instead of Payload's "Reset password" page, which
 * speaks of a password they never had. Public, like the login page: the token is the key.
 */
export function InviteView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  // The language the inviter wrote the e-mail in (the link says it), else the browser's.
  const asked = searchParams?.language
  const language = isAdminLanguage(asked) ? asked : initPageResult.req.i18n.language
  const segments = Array.isArray(params?.segments) ? params.segments : []
  const token = typeof segments[1] === 'string' ? segments[1] : ''
  const { admin, api } = initPageResult.req.payload.config.routes
  const text = (key: Parameters<typeof invitationText>[1]) => invitationText(language, key)
  return (
    <MinimalTemplate className="invite">
      <div lang={language} dir={directionOf(language)}>
      <h1>{text('welcomeTitle')}</h1>
      <p>{text('welcomeIntro')}</p>
      <SetPasswordForm
        token={token}
        resetURL={`${api}/users/reset-password`}
        afterURL={admin}
        texts={{
          newPassword: text('newPassword'),
          newPasswordHelp: text('newPasswordHelp'),
          confirmPassword: text('confirmPassword'),
          choose: text('choose'),
          saving: text('saving'),
          mismatch: text('mismatch'),
          tooShort: text('tooShort'),
          expired: text('expired'),
          done: text('done'),
        }}
      />
      </div>
    </MinimalTemplate>
  )
}
