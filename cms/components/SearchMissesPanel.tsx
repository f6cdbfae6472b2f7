import type { ServerProps } from 'payload'
import { LOCALES } from '@shared/locales'
import { formatNumber } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'
import { isStaff } from '../access/roles'
import { topMisses } from '../directory/searchMisses'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

/**
 * "Searches without results": the most frequent terms of the last 30 days that found nothing
 * on the portal, read as the user (an editor sees their towns'). What to add as a synonym or
 * an entry.
 */
export async function SearchMissesPanel({ i18n, payload, user }: Props) {
  if (!user || !isStaff(user)) return null
  const rows = await topMisses(payload, user)
  if (!rows.length) return null
  const t = portalText(i18n.t)
  const name = (code: string) => LOCALES.find((l) => l.code === code)?.endonym ?? code
  const cell = { padding: '0.2rem 0.75rem' }
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="search-misses">
      <h2 id="search-misses" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t('searchMisses.panel.title')}
      </h2>
      <p style={{ marginBottom: 'var(--base)' }}>{t('searchMisses.panel.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: 'start' }}>
              {t('searchMisses.panel.term')}
            </th>
            <th scope="col" style={{ ...cell, textAlign: 'start' }}>
              {t('searchMisses.panel.language')}
            </th>
            <th scope="col" style={{ ...cell, textAlign: 'end' }}>
              {t('searchMisses.panel.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.locale}|${row.term}`}>
              <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: 400 }}>
                <bdi>{row.term}</bdi>
              </th>
              <td style={cell}>{name(row.locale)}</td>
              <td style={{ ...cell, textAlign: 'end' }}>{formatNumber(i18n.language, row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
