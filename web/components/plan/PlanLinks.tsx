import { useTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { route } from '@shared/routes'

/** Where to go from the plan: indicators, editions, downloads, the printable report. */
export function PlanLinks({ locale, town }: { locale: Locale; town: string }) {
  const t = useTranslations('Plan')
  return (
    <nav className="block" aria-labelledby="plan-more">
      <h2 id="plan-more">{t('downloads')}</h2>
      <ul className="link-list" role="list">
        <li>
          <a href={route.planIndicators({ locale, town })}>{t('indicators')}</a>
        </li>
        <li>
          <a href={route.planEditions({ locale, town })}>{t('editions')}</a>
        </li>
        <li>
          <a href={route.planReport({ locale, town })}>{t('report')}</a>
        </li>
        <li>
          <a href={route.measuresCsv({ locale, town })} download>
            {t('csvMeasures')}
          </a>
        </li>
        <li>
          <a href={route.indicatorsCsv({ locale, town })} download>
            {t('csvIndicators')}
          </a>
        </li>
      </ul>
    </nav>
  )
}
