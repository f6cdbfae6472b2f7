/** The audit log's collection slug (contract: `/api/audit-log`, the CSV export, the retention job). */
export const AUDIT_LOG_SLUG = 'audit-log' as const
