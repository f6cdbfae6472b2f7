import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { portalText } from '@cms/i18n/translate'
import { publicPageOf } from '@cms/adminFace/publicPage'

interface Props {
  id?: number | string
  i18n: I18nClient
  locale?: { code: string } | string
  payload: Payload
  /** Given by the plugin per collection (the document slots are not told their collection). */
  collection: string
}

/**
 * Beside the document's buttons: the page that shows it on the portal, in the language being
 * edited, opening in a new tab; before the first publication, a note that it is not public yet.
 */
export async function PublicPageLink({ id, i18n, locale, payload, collection }: Props) {
  if (id === undefined) return null
  const code = typeof locale === 'string' ? locale : locale?.code
  const page = await publicPageOf(payload, collection, String(id), code)
  if (!page) return null
  const t = portalText(i18n.t)
  if (!page.live) return <span style={{ alignSelf: 'center', marginInlineEnd: 'var(--base)' }}>{t('adminFace.notYetOnThePortal')}</span>
  return (
    <a className="public-page-link" href={page.href} target="_blank" rel="noopener" title={page.href} style={{ alignSelf: 'center', marginInlineEnd: 'var(--base)' }}>
      {t('adminFace.onThePortal')}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {` (${t('adminFace.opensNewTab')})`}
      </span>
    </a>
  )
}
