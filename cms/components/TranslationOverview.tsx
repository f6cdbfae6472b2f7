import type { ServerProps } from 'payload'
import { LOCALES } from '@shared/locales'
import { formatNumber } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'
import { isStaff } from '../access/roles'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

const STATES = ['outdated', 'missing', 'machine', 'current'] as const
/** The count of texts flagged "needs native review", beside the states (shared/nativeReview.ts). */
const REVIEW = 'needsNativeReview'

/**
 * The translation overview on the dashboard: per language, how many texts are current,
 * outdated, missing or machine-translated, and how many wait for a native speaker's review; each number opens the matching work list.
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
    select: { locale: true, state: true, needsNativeReview: true },
  })
  const counts = new Map<string, number>()
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
  for (const row of docs) {
    count(`${row.locale}:${row.state}`)
    if (row.needsNativeReview) count(`${row.locale}:${REVIEW}`)
  }
  const columns = [...STATES, REVIEW] as const
  const locales = LOCALES.filter((l) => columns.some((s) => counts.has(`${l.code}:${s}`)))
  if (!locales.length) return null
  const t = portalText(i18n.t)
  const href = (locale: string, column: (typeof columns)[number]) =>
    `/admin/collections/translation-states?where[locale][equals]=${encodeURIComponent(locale)}&${column === REVIEW ? `where[${REVIEW}][equals]=true` : `where[state][equals]=${column}`}`
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
            {columns.map((column) => (
              <th key={column} scope="col" style={cell}>
                {t(`translations.${column}`)}
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
              {columns.map((column) => {
                const n = counts.get(`${l.code}:${column}`) ?? 0
                return (
                  <td key={column} style={cell}>
                    {n ? (
                      <a href={href(l.code, column)} style={{ fontWeight: column === 'current' ? 400 : 700 }}>
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
