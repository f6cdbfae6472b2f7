import { getTranslations } from 'next-intl/server'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { formatList } from '@web/lib/list'
import { LocalizedText } from '../LocalizedText'

type Doc = Record<string, unknown>
const objects = (v: unknown) => ((v as unknown[] | null) ?? []).filter((x): x is Doc => Boolean(x) && typeof x === 'object')

/** The network's working groups: who takes part, which measures they carry, when they meet. */
export async function WorkingGroups({ groups, locale, townDefault, base, townBase }: { groups: Doc[]; locale: Locale; townDefault: Locale; base: string; townBase: string }) {
  if (!groups.length) return null
  const t = await getTranslations('Plan')
  const pick = (v: unknown) => pickLocalized((v as Record<string, string | null>) ?? {}, locale, townDefault)
  return (
    <section className="block" aria-labelledby="working-groups">
      <h2 id="working-groups">{t('workingGroups')}</h2>
      <ul className="result-list" role="list">
        {groups.map((g) => {
          const members = objects(g.members)
            .map((m) => (m.organization && typeof m.organization === 'object' ? String((m.organization as Doc).name) : null))
            .filter((n): n is string => Boolean(n))
          return (
            <li key={String(g.id)}>
              <article className="card" aria-labelledby={`wg-${g.id}`}>
                <h3 id={`wg-${g.id}`} className="card-title">
                  <LocalizedText as="span" value={pick(g.name)} reader={locale} notice={false} />
                </h3>
                <LocalizedText className="card-text" value={pick(g.description)} reader={locale} />
                {members.length ? (
                  <p>
                    {t('members')}: <bdi lang="de">{formatList(members, locale)}</bdi>
                  </p>
                ) : null}
                {objects(g.measures).length ? (
                  <ul className="link-list" role="list" aria-label={t('measures')}>
                    {objects(g.measures).map((m) => (
                      <li key={String(m.id)}>
                        <a href={`${base}/measures/${m.slug}`}>
                          <LocalizedText as="span" value={pick(m.title)} reader={locale} notice={false} />
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {objects(g.meetings).map((e) => (
                  <p key={String(e.id)}>
                    {t('meetings')}:{' '}
                    <a href={`${townBase}/events/${e.slug}`}>
                      <LocalizedText as="span" value={pick(e.title)} reader={locale} notice={false} />
                    </a>
                  </p>
                ))}
              </article>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
