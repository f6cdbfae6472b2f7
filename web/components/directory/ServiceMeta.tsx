import { useTranslations } from 'next-intl'
import { spokenLanguageName } from '@shared/languages'
import type { Locale } from '@shared/locales'
import { formatNumber } from '@web/lib/format'
import { formatList } from '@web/lib/list'

/** Languages and cost of a service: the two things newcomers check first. */
export function ServiceMeta({
  languages,
  cost,
  locale,
}: {
  languages: string[]
  cost: { type?: string | null; amount?: number | null }
  locale: Locale
}) {
  const t = useTranslations('Service')
  const costText =
    cost.type === 'fee' && typeof cost.amount === 'number'
      ? t('fee', { amount: formatNumber(cost.amount, locale, 2) })
      : cost.type === 'on-request'
        ? t('onRequest')
        : t('free')
  return (
    <dl className="meta">
      {languages.length ? (
        <div>
          <dt>{t('languages')}</dt>
          <dd>{formatList(languages.map((code) => spokenLanguageName(code, locale)), locale)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('cost')}</dt>
        <dd>{costText}</dd>
      </div>
    </dl>
  )
}
