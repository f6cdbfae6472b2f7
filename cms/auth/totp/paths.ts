/** The admin view of the second step, enrolment and management: `/admin/two-factor`. */
export const TWO_FACTOR_VIEW_PATH = '/two-factor'

/** The endpoints under the users collection: `/api/users/two-factor/…`. */
export const TWO_FACTOR_PATH = '/two-factor'

/**
 * Where to go after the second step: an address inside the admin (from the login page's
 * `redirect`), never another site (`//evil.example`, `https://…`).
 */
export function afterSecondStep(asked: unknown, adminRoute: string): string {
  if (typeof asked !== 'string' || !asked.startsWith(adminRoute) || asked.startsWith('//') || asked.includes('\\')) return adminRoute
  const rest = asked.slice(adminRoute.length)
  return rest === '' || rest.startsWith('/') || rest.startsWith('?') ? asked : adminRoute
}
