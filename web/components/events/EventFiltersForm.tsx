import { useTranslations } from '@web/i18n/translations'
import { EVENT_CATEGORY_VALUES } from '@cms/collections/Events/options'
import type { EventFilters } from '@shared/eventParams'
import { spokenLanguageName } from '@shared/languages'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import type { TaxonomyOption } from '@web/lib/directory'
import { Sentence } from '@web/components/BidiText'
import { SelectField } from '@web/components/SelectField'
import { composeWith } from '@web/lib/compose'
import { formatNumber } from '@web/lib/format'

interface Props {
  action: string
  filters: EventFilters
  audiences: TaxonomyOption[]
  languages: string[]
  locale: Locale
  townDefault: Locale
}

/** A GET form (works without JavaScript): category, audience, language and the date range. */
export function EventFiltersForm({ action, filters, audiences, languages, locale, townDefault }: Props) {
  const t = useTranslations()
  const compose = composeWith(useTranslations('Compose'))
  const active = [filters.category, filters.audience, filters.language, filters.from, filters.to].filter(Boolean).length
  return (
    <form className="search-form" action={action} method="get" aria-label={t('Events.filters')}>
      {filters.view !== 'list' ? <input type="hidden" name="view" value={filters.view} /> : null}
      <details className="filters" open={active > 0}>
        <summary>
          {/* One box: the summary is a flex row, which would drop the spaces between the sentence's parts. */}
          <span>
            <Sentence text={compose.withCount(t('Events.filters'), formatNumber(active, locale, 0))} />
          </span>
        </summary>
        <div className="filter-grid">
          <SelectField
            name="category"
            label={t('Events.category')}
            value={filters.category}
            anyLabel={t('Directory.any')}
            items={EVENT_CATEGORY_VALUES.map((value) => ({ value, label: t(`EventCategory.${value}`) }))}
          />
          <SelectField
            name="audience"
            label={t('Events.audience')}
            value={filters.audience}
            anyLabel={t('Directory.any')}
            items={audiences.map((a) => ({ value: a.slug, label: pickLocalized(a.name, locale, townDefault)?.value ?? a.slug }))}
          />
          <SelectField
            name="language"
            label={t('Events.language')}
            value={filters.language}
            anyLabel={t('Directory.any')}
            items={languages.map((code) => ({ value: code, label: spokenLanguageName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label))}
          />
          <div className="field">
            <label htmlFor="f-from">{t('Events.from')}</label>
            <input id="f-from" type="date" name="from" defaultValue={filters.from} />
          </div>
          {filters.view === 'list' ? (
            <div className="field">
              <label htmlFor="f-to">{t('Events.to')}</label>
              <input id="f-to" type="date" name="to" defaultValue={filters.to} />
            </div>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('Events.show')}
        </button>
      </details>
    </form>
  )
}
