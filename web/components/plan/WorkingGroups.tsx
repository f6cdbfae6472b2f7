import { useTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { populated, populatedOne, type WorkingGroup } from '@web/lib/plan'
import { IsolatedList } from '../BidiText'
import { LocalizedText } from '../LocalizedText'

/** The network's working groups: who takes part, which measures they carry, when they meet. */
export function WorkingGroups({ groups, locale, townDefault, town }: { groups: WorkingGroup[]; locale: Locale; townDefault: Locale; town: string }) {
  if (!groups.length) return null
  const t = useTranslations('Plan')
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, townDefault)
  return (
    <section className="block" aria-labelledby="working-groups">
      <h2 id="working-groups">{t('workingGroups')}</h2>
      <ul className="result-list" role="list">
        {groups.map((g) => {
          const members = (g.members ?? []).flatMap((m) => populatedOne(m.organization)?.name || [])
          const measures = populated(g.measures)
          return (
            <li key={g.id}>
              <article className="card" aria-labelledby={`wg-${g.id}`}>
                <h3 id={`wg-${g.id}`} className="card-title">
                  <LocalizedText as="span" value={pick(g.name)} reader={locale} notice={false} />
                </h3>
                <LocalizedText className="card-text" value={pick(g.description)} reader={locale} />
                {members.length ? (
                  <p>
                    {t('members')}: <IsolatedList items={members} locale={locale} lang="de" />
                  </p>
                ) : null}
                {measures.length ? (
                  <ul className="link-list" role="list" aria-label={t('measures')}>
                    {measures.map((m) => (
                      <li key={m.id}>
                        <a href={route.measure({ locale, town, slug: m.slug })}>
                          <LocalizedText as="span" value={pick(m.title)} reader={locale} notice={false} />
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {populated(g.meetings).map((e) => (
                  <p key={e.id}>
                    {t('meetings')}:{' '}
                    <a href={route.event({ locale, town, slug: e.slug })}>
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
