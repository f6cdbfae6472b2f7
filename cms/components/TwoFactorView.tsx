import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'
import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import { directionOf } from '@shared/locales'
import { beginEnrolment, recoveryCodesLeft } from '@cms/auth/totp/operations'
import { afterSecondStep, TWO_FACTOR_PATH } from '@cms/auth/totp/paths'
import { isRequired, sessionOf, type TwoFactorSlugs } from '@cms/auth/totp/state'
import { twoFactorTexts } from '@cms/auth/totp/texts'
import { ReviewView } from './ReviewView'
import { CancelButton, CodeForm, DisableForm, EnrolForm } from './TwoFactorForms'

const STYLE = '.two-factor p { margin-block: 0 0.75rem } .two-factor:has(.two-factor__recovery-codes) .two-factor__scan, .two-factor:has(.two-factor__recovery-codes) .two-factor__step { display: none } .two-factor:has(.two-factor__recovery-codes) .two-factor__confirm { list-style: none }'

/** The key in groups of four, as apps show it and people type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

/**
 * `/admin/two-factor`: the second step of a password login (a code or a recovery code), the
 * enrolment (QR code, the key as text, a code to confirm, the recovery codes once) and, once on,
 * turning it off. In the admin language of the person; a pending login sees it without the
 * admin's frame (it is nobody to the admin until the code is given).
 */
export async function TwoFactorView(props: AdminViewServerProps & { slugs: TwoFactorSlugs }) {
  const { initPageResult, searchParams, slugs } = props
  const { req } = initPageResult
  const { payload } = req
  const { admin, api } = payload.config.routes
  const session = await sessionOf(payload, slugs, req.headers)
  if (!session) redirect(`${admin}/login`)
  const language = req.i18n.language
  const t = twoFactorTexts(language)
  const endpoint = `${api}/${slugs.users}${TWO_FACTOR_PATH}`
  const after = afterSecondStep(searchParams?.redirect, admin)
  const enabled = session.account.twoFactorEnabled === true

  const frame = (children: ReactNode) => {
    const body = (
      <div className="two-factor" lang={language} dir={directionOf(language)} style={{ maxWidth: '40rem' }}>
        {/* Paragraphs apart (the admin's reset sets none); once the recovery codes show, the scanning step is done and goes. */}
        <style>{STYLE}</style>
        <h1 style={{ marginBlock: 'var(--base)' }}>{session.state === 'code' ? t.verifyTitle : t.title}</h1>
        {children}
      </div>
    )
    return session.state === 'done' ? <ReviewView {...props}>{body}</ReviewView> : <MinimalTemplate className="two-factor-minimal">{body}</MinimalTemplate>
  }

  if (session.state === 'code') {
    return frame(
      <>
        <p>{t.verifyIntro}</p>
        <CodeForm endpoint={endpoint} after={after} texts={t} />
        <CancelButton endpoint={endpoint} after={`${admin}/login`} texts={t} />
      </>,
    )
  }

  if (enabled) {
    const left = await recoveryCodesLeft(payload, slugs, session)
    const required = await isRequired(payload, slugs, session.account)
    return frame(
      <>
        <p role="status">{t.isOn}</p>
        <p>{t.recoveryLeft.replace('{count}', String(left))}</p>
        {required ? <p>{t.required}</p> : <DisableForm endpoint={endpoint} texts={t} />}
      </>,
    )
  }

  const enrolment = await beginEnrolment(payload, slugs, session)
  return frame(
    <>
      {session.state === 'enrol' ? <p role="status"><strong>{t.requiredNote}</strong></p> : <p className="two-factor__step">{t.isOff}</p>}
      <p>{t.setupIntro}</p>
      <ol style={{ paddingInlineStart: '1.5rem', display: 'grid', gap: 'var(--base)' }}>
        <li className="two-factor__scan">
          <p>{t.scanStep}</p>
          {/* A data URL drawn on the server: nothing is loaded from anywhere else. White around it, as scanners need, also in the dark theme. */}
          <img src={enrolment.qr} alt={t.qrAlt} width={200} height={200} style={{ background: '#fff', padding: 8, borderRadius: 4 }} />
          <p>{t.manualEntry}</p>
          {/* The key reads left to right in every language. */}
          <code id="two-factor-secret" dir="ltr" style={{ display: 'inline-block', fontSize: '1.1rem', letterSpacing: '0.05em', padding: '0.25rem 0.5rem', background: 'var(--theme-elevation-100)', wordBreak: 'break-all' }}>
            {grouped(enrolment.secret)}
          </code>
        </li>
        <li className="two-factor__confirm">
          <p className="two-factor__step">{t.codeStep}</p>
          <EnrolForm endpoint={endpoint} after={after} texts={t} />
        </li>
      </ol>
      {session.state === 'enrol' ? <CancelButton endpoint={endpoint} after={`${admin}/login`} texts={t} /> : null}
    </>,
  )
}
