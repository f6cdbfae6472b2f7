import type { PortalKey } from './en'
import { PORTAL_TRANSLATIONS } from './index'
import { isAdminLanguage } from './pickText'

/**
 * The plugin's words outside a request (jobs, e-mails to people who are not logged in), in
 * `language` when it is an admin language, else German (the admin's fallback). `{{name}}` is
 * filled in as Payload's `t` does.
 */
export function portalTextIn(language: unknown): (key: PortalKey, vars?: Record<string, string | number>) => string {
  const words = PORTAL_TRANSLATIONS[isAdminLanguage(language) ? language : 'de']
  return (key, vars = {}) => words[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`))
}
