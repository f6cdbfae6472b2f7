import { getTranslations } from 'next-intl/server'

/** Where to go from the plan: indicators, editions, downloads, the printable report. */
export async function PlanLinks({ base }: { base: string }) {
  const t = await getTranslations('Plan')
  return (
    <nav className="block" aria-labelledby="plan-more">
      <h2 id="plan-more">{t('downloads')}</h2>
      <ul className="link-list" role="list">
        <li>
          <a href={`${base}/indicators`}>{t('indicators')}</a>
        </li>
        <li>
          <a href={`${base}/editions`}>{t('editions')}</a>
        </li>
        <li>
          <a href={`${base}/report`}>{t('report')}</a>
        </li>
        <li>
          <a href={`${base}/measures.csv`} download>
            {t('csvMeasures')}
          </a>
        </li>
        <li>
          <a href={`${base}/indicators.csv`} download>
            {t('csvIndicators')}
          </a>
        </li>
      </ul>
    </nav>
  )
}
