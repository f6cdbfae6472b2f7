import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { isSsoError, ssoText } from '@cms/auth/oidc/texts'
import { ssoTowns } from '@cms/auth/oidc/townSso'
import { safeAdminPath } from '@shared/oidcClaims'

interface Props {
  i18n: I18nClient
  payload: Payload
  searchParams?: Record<string, string | string[] | undefined>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Why a single sign-on came back to the login page (`?sso_error=…`), above the form, in the
 * person's language. An alert, so a screen reader says it as the page opens.
 */
export function SsoLoginError({ i18n, searchParams }: Props) {
  const reason = first(searchParams?.sso_error)
  if (!isSsoError(reason)) return null
  return (
    <div role="alert" style={{ marginBlockEnd: 'var(--base)', padding: 'calc(var(--base) / 2) var(--base)', borderInlineStart: '4px solid var(--theme-error-500)', background: 'var(--theme-error-50)', color: 'var(--theme-text)' }}>
      {ssoText(i18n.language, `error.${reason}`)}
    </div>
  )
}

/**
 * "Log in with <provider>" for every town with a complete single sign-on, below the password
 * form. Plain links to the start endpoint: a sign-in is a navigation, it needs no script.
 */
export async function SsoLoginButtons({ i18n, payload, searchParams }: Props) {
  const towns = await ssoTowns(payload)
  if (!towns.length) return null
  const { admin, api } = payload.config.routes
  // The accounts' collection (`users` unless the host renamed it) holds the endpoints.
  const users = payload.config.admin.user
  const redirect = safeAdminPath(first(searchParams?.redirect), admin)
  const query = redirect === admin ? '' : `?${new URLSearchParams({ redirect })}`
  return (
    <section aria-labelledby="sso-login-heading" style={{ marginBlockStart: 'calc(var(--base) * 1.5)', display: 'grid', gap: 'calc(var(--base) / 2)' }}>
      <h2 id="sso-login-heading" style={{ fontSize: '1rem', margin: 0 }}>
        {ssoText(i18n.language, 'heading')}
      </h2>
      {towns.map((town) => (
        <a key={town.slug} className="btn btn--style-secondary btn--size-large" style={{ margin: 0, textAlign: 'center' }} href={`${api}/${users}/sso/${encodeURIComponent(town.slug)}${query}`}>
          {ssoText(i18n.language, 'button', { provider: town.providerName })}
        </a>
      ))}
    </section>
  )
}
