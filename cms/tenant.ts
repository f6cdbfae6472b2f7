/** The field every town-owned document carries (the multi-tenant plugin's tenant field). */
export const TENANT_FIELD = 'municipality'
