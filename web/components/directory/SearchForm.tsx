import { useTranslations } from '@web/i18n/translations'
import type { DirectoryFilters } from '@shared/directoryParams'
import { spokenLanguageName } from '@shared/languages'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { Sentence } from '@web/components/BidiText'
import { composeWith } from '@web/lib/compose'
import type { DirectoryOptions, TaxonomyOption } from '@web/lib/directory'
import { formatNumber } from '@web/lib/format'
import { SelectField } from '../SelectField'
import { UseMyLocation } from './UseMyLocation'

interface Props {
  /** Where the form goes: the directory's address with `#` and the id of its result count. */
  action: string
  filters: DirectoryFilters
  options: DirectoryOptions
  locale: Locale
  townDefault: Locale
}

const label = (o: TaxonomyOption, locale: Locale, townDefault: Locale) => pickLocalized(o.name, locale, townDefault)?.value ?? o.slug

/** Topics in tree order: each main topic followed by its sub-topics. */
function topicOptions(topics: DirectoryOptions['topics']) {
  const roots = topics.filter((t) => !t.parent)
  return roots.flatMap((root) => [{ option: root, depth: 0 }, ...topics.filter((t) => t.parent === root.id).map((option) => ({ option, depth: 1 }))])
}

/**
 * A plain GET form: every filter lands in the URL, so results can be shared and it all works
 * without JavaScript. The filters stay folded (<details> needs no script), also after a search:
 * the answer starts with the count and the results, the active filters shown as chips beside
 * them; an open panel put the first result some 1,100 px down a phone.
 */
export function SearchForm({ action, filters, options, locale, townDefault }: Props) {
  const t = useTranslations('Directory')
  const compose = composeWith(useTranslations('Compose'))
  const activeCount = [filters.topic, filters.audience, filters.language, filters.district, filters.free, filters.openNow, filters.near].filter(Boolean).length
  const select = (name: string, text: string, value: string, items: { value: string; label: string }[]) => (
    <SelectField name={name} label={text} value={value} anyLabel={t('any')} items={items} />
  )
  return (
    <form className="search-form" action={action} method="get" role="search">
      <div className="search-row">
        <label htmlFor="f-q" className="visually-hidden">
          {t('searchLabel')}
        </label>
        <input id="f-q" type="search" name="q" defaultValue={filters.q} placeholder={t('searchPlaceholder')} maxLength={200} />
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </div>
      <details className="filters">
        <summary>
          {/* One box: the summary is a flex row, which would drop the spaces between the sentence's parts. */}
          <span>
            <Sentence text={compose.withCount(t('activeFilters'), formatNumber(activeCount, locale, 0))} />
          </span>
        </summary>
        <div className="filter-grid">
          {select(
            'topic',
            t('topic'),
            filters.topic,
            topicOptions(options.topics).map(({ option, depth }) => ({
              value: option.slug,
              label: `${depth ? '– ' : ''}${label(option, locale, townDefault)}`,
            })),
          )}
          {select('audience', t('audience'), filters.audience, options.audiences.map((o) => ({ value: o.slug, label: label(o, locale, townDefault) })))}
          {select(
            'language',
            t('language'),
            filters.language,
            options.languages.map((code) => ({ value: code, label: spokenLanguageName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label)),
          )}
          {select('district', t('district'), filters.district, options.districts.map((o) => ({ value: o.slug, label: label(o, locale, townDefault) })))}
          <div className="field checkbox">
            <input id="f-cost" type="checkbox" name="cost" value="free" defaultChecked={filters.free} />
            <label htmlFor="f-cost">{t('free')}</label>
          </div>
          <div className="field checkbox">
            <input id="f-open" type="checkbox" name="open" value="now" defaultChecked={filters.openNow} />
            <label htmlFor="f-open">{t('openNow')}</label>
          </div>
          <UseMyLocation
            near={filters.near ? `${filters.near.latitude.toFixed(5)},${filters.near.longitude.toFixed(5)}` : ''}
            labels={{ use: t('useMyLocation'), note: t('locationNotStored'), failed: t('locationFailed'), near: t('near') }}
          />
        </div>
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </details>
    </form>
  )
}
