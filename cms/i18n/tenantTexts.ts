import type { AdminLanguage } from '@cms/types'
import { PORTAL_TRANSLATIONS } from './index'

/** The multi-tenant plugin's own words (its `i18n.translations` option), in the town wording. */
export function tenantTexts(languages: AdminLanguage[]) {
  return Object.fromEntries(
    languages.map((code) => {
      const t = PORTAL_TRANSLATIONS[code]
      return [
        code,
        {
          'nav-tenantSelector-label': t['tenant.selector'],
          'assign-tenant-button-label': t['tenant.assign'],
          'assign-tenant-modal-title': t['tenant.assignTitle'],
          'field-assignedTenant-label': t['tenant.assigned'],
        },
      ]
    }),
  )
}
