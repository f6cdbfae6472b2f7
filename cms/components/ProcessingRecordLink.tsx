'use client'

import { useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { portalText } from '@cms/i18n/translate'

/**
 * On a town's page (sidebar): its record of processing activities (Art. 30) as a download, for
 * its editors and admins (the endpoint checks the same).
 */
export function ProcessingRecordLink() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  if (!id || (user?.role !== 'admin' && user?.role !== 'editor')) return null
  return (
    <div className="processing-record-link" style={{ display: 'grid', gap: 'calc(var(--base) / 3)', marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-medium" href={`${config.routes.api}/municipalities/${id}/processing-record`} download>
        {t('privacy.record.link')}
      </a>
      <p style={{ margin: 0, fontSize: '0.85em', opacity: 0.8 }}>{t('privacy.record.help')}</p>
    </div>
  )
}
