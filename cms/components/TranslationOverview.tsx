import type { ServerProps } from 'payload'
import { LOCALES } from '@shared/locales'
import { formatNumber } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'
import { isStaff } from '../access/roles'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

const STATES = ['outdated', 'missing', 'machine', 'current'] as const

/**
 * The translation overview on the dashboard: per language, how many texts are current,
 * outdated, missing or machine-translated; each number opens the matching work list.
 * Read as the logged-in user, so an editor sees their own town.
 */
export async function TranslationOverview({ i18n, payload, user }: Props) {
  if (!user || !isStaff(user)) return null
  const { docs } = await payload.find({
    collection: 'translation-states',
    where: { state: { not_equals: 'source' } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    select: { locale: true, state: true },
  })
  const counts = new Map<string, number>()
  for (const row of docs) counts.set(`${row.locale}:${row.state}`, (counts.get(`${row.locale}:${row.state}`) ?? 0) + 1)
  const locales = LOCALES.filter((l) => STATES.some((s) => counts.has(`${l.code}:${s}`)))
  if (!locales.length) return null
  const t = portalText(i18n.t)
  const href = (locale: string, state: string) => `/admin/collections/translation-states?where[locale][equals]=${encodeURIComponent(locale)}&where[state][equals]=${state}`
  const cell = { padding: '0.25rem 0.75rem', textAlign: 'end' as const }
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="translation-overview">
      <h2 id="translation-overview" style={{ marginBottom: 'var(--base)' }}>
        {t('translations.title')}
      </h2>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: 'start' }}>
              {t('translations.language')}
            </th>
            {STATES.map((state) => (
              <th key={state} scope="col" style={cell}>
                {t(`translations.${state}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {locales.map((l) => (
            <tr key={l.code}>
              <th scope="row" style={{ ...cell, textAlign: 'start' }}>
                {l.endonym} <code>{l.code}</code>
              </th>
              {STATES.map((state) => {
                const n = counts.get(`${l.code}:${state}`) ?? 0
                return (
                  <td key={state} style={cell}>
                    {n ? (
                      <a href={href(l.code, state)} style={{ fontWeight: state === 'current' ? 400 : 700 }}>
                        {formatNumber(i18n.language, n)}
                      </a>
                    ) : (
                      formatNumber(i18n.language, 0)
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
