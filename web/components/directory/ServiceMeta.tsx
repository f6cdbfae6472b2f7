import { useTranslations } from '@web/i18n/translations'
import { spokenLanguageName } from '@shared/languages'
import type { Locale } from '@shared/locales'
import { formatNumber } from '@web/lib/format'
import { IsolatedList, Sentence } from '../BidiText'
import { sentence, type Translator } from '@web/lib/sentence'
import { once } from './saidOnce'

const feeText = (t: Translator, amount: number, locale: Locale) => once(t, `fee ${amount}`, () => sentence(t, 'fee', { amount: formatNumber(amount, locale, 2) }))

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
      ? feeText(t, cost.amount, locale)
      : cost.type === 'on-request'
        ? t('onRequest')
        : t('free')
  return (
    <dl className="meta">
      {languages.length ? (
        <div>
          <dt>{t('languages')}</dt>
          <dd>
            <IsolatedList items={languages.map((code) => spokenLanguageName(code, locale))} locale={locale} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('cost')}</dt>
        <dd>
          <Sentence text={costText} />
        </dd>
      </div>
    </dl>
  )
}
