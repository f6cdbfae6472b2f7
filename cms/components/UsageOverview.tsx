import type { ServerProps } from 'payload'
import { LOCALES } from '@shared/locales'
import { formatNumber } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'
import { isStaff } from '../access/roles'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

const DAYS = 30
const TOP = 10

/**
 * How the portal was used in the last 30 days: views per language and the most read pages.
 * The counts are anonymous (no cookies, no addresses); read as the user, so per town.
 */
export async function UsageOverview({ i18n, payload, user }: Props) {
  if (!user || !isStaff(user)) return null
  const since = new Date(Date.now() - DAYS * 86_400_000).toISOString().slice(0, 10)
  const { docs } = await payload.find({
    collection: 'page-views',
    where: { day: { greater_than_equal: since } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    select: { path: true, locale: true, count: true },
  })
  const rows = docs
  if (!rows.length) return null
  const byLocale = new Map<string, number>()
  const byPath = new Map<string, number>()
  for (const r of rows) {
    byLocale.set(r.locale, (byLocale.get(r.locale) ?? 0) + r.count)
    byPath.set(r.path, (byPath.get(r.path) ?? 0) + r.count)
  }
  const total = [...byLocale.values()].reduce((a, b) => a + b, 0)
  const name = (code: string) => LOCALES.find((l) => l.code === code)?.endonym ?? code
  const t = portalText(i18n.t)
  const number = (n: number) => formatNumber(i18n.language, n)
  const cell = { padding: '0.2rem 0.75rem' }
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="usage-overview">
      <h2 id="usage-overview" style={{ marginBottom: 'var(--base)' }}>
        {t('usage.title', { total: number(total) })}
      </h2>
      <div style={{ display: 'flex', gap: '3rem', flexWrap: 'wrap' }}>
        <table>
          <caption style={{ textAlign: 'start', fontWeight: 700 }}>{t('usage.languages')}</caption>
          <tbody>
            {[...byLocale]
              .sort((a, b) => b[1] - a[1])
              .map(([code, n]) => (
                <tr key={code}>
                  <th scope="row" style={{ ...cell, textAlign: 'start' }}>
                    {name(code)}
                  </th>
                  <td style={{ ...cell, textAlign: 'end' }}>{number(n)}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <table>
          <caption style={{ textAlign: 'start', fontWeight: 700 }}>{t('usage.mostRead')}</caption>
          <tbody>
            {[...byPath]
              .sort((a, b) => b[1] - a[1])
              .slice(0, TOP)
              .map(([path, n]) => (
                <tr key={path}>
                  <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: 400 }}>
                    <code>{path}</code>
                  </th>
                  <td style={{ ...cell, textAlign: 'end' }}>{number(n)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
