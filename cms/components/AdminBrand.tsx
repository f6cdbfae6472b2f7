import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { brandOf, type Brand } from '@cms/adminFace/brand'
import { portalText } from '@cms/i18n/translate'

interface Props {
  i18n: I18nClient
  payload: Payload
  user?: unknown
}

const FALLBACK_COLOR = '#0b5394'

/** The portal's mark as the portal draws it: the town's logo, else its initial on its colour. */
function Mark({ brand, size }: { brand: Brand; size: number }) {
  if (brand.town?.logo) return <img src={brand.town.logo} alt="" width={size} height={size} style={{ objectFit: 'contain', borderRadius: 4 }} />
  const initial = (brand.town?.name ?? brand.portalName).replace(/^Landkreis\s+/, '').charAt(0)
  return (
    <span aria-hidden="true" style={{ display: 'inline-grid', placeItems: 'center', width: size, height: size, borderRadius: 6, background: brand.town?.color ?? FALLBACK_COLOR, color: '#fff', fontWeight: 700, fontSize: size * 0.55 }}>
      {initial}
    </span>
  )
}

/** The login page's logo: the portal's name, the town, and who logs in here. */
export async function AdminLogo({ i18n, payload }: Props) {
  const brand = await brandOf(payload, null, i18n.language)
  const t = portalText(i18n.t)
  return (
    <div className="admin-brand admin-brand--login" style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <Mark brand={brand} size={56} />
      <div>
        <div style={{ fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.2 }}>{brand.town?.name ?? brand.portalName}</div>
        <div>{brand.town ? `${brand.portalName} · ${t('adminFace.loginFor')}` : t('adminFace.loginFor')}</div>
      </div>
    </div>
  )
}

/** The small mark at the top of every admin page (links to the dashboard, Payload's own link). */
export async function AdminIcon({ i18n, payload, user }: Props) {
  const brand = await brandOf(payload, user ?? null, i18n.language)
  // Payload draws its home icon in an 18 px box (`.step-nav__home`); a larger mark is cut off.
  return <Mark brand={brand} size={18} />
}

/** A band in the town's colour above every admin page: whose portal this is, and the way to it. */
export async function AdminHeader({ i18n, payload, user }: Props) {
  if (!user) return null
  const brand = await brandOf(payload, user, i18n.language)
  const t = portalText(i18n.t)
  const color = brand.town?.color ?? FALLBACK_COLOR
  return (
    <div className="admin-brand admin-brand--header" style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', padding: '0.4rem var(--gutter-h, 1.5rem)', borderBlockEnd: `4px solid ${color}`, background: 'var(--theme-elevation-50)' }}>
      <strong>{brand.town ? `${brand.town.name} · ${brand.portalName}` : brand.portalName}</strong>
      <a href={brand.town?.href ?? brand.portalHref} target="_blank" rel="noopener" style={{ marginInlineStart: 'auto' }}>
        {t('adminFace.toPortal')}
        <span aria-hidden="true"> ↗</span>
        <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{` (${t('adminFace.opensNewTab')})`}</span>
      </a>
    </div>
  )
}
