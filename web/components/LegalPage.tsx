import { RichText } from '@payloadcms/richtext-lexical/react'
import { useTranslations } from '@web/i18n/translations'
import { directionOf, type Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import type { PageRef } from '@shared/routes'
import { languageNameIn } from '@web/lib/languageName'
import type { Town } from '@web/lib/towns'
import { PortalShell } from './PortalShell'
import { withRunningText } from './richTextRunning'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

/** The imprint or privacy text of a town, rendered on the server (no client JS). */
export function LegalPage({ town, locale, which, page }: { town: Town; locale: Locale; which: 'imprint' | 'privacy'; page: PageRef }) {
  const t = useTranslations()
  const text = pickLocalized(town[which], locale, town.defaultLocale)
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow prose">
        <h1>{t(which === 'imprint' ? 'Legal.imprintTitle' : 'Legal.privacyTitle')}</h1>
        {!text ? <p>{t('Legal.missing')}</p> : null}
        {text?.isFallback ? (
          <p className="fallback-notice">
            <Sentence text={sentence(t, 'Fallback.notice', { language: languageNameIn(locale, locale), original: languageNameIn(text.locale, locale) })} />
          </p>
        ) : null}
        {text ? (
          <div lang={text.locale} dir={directionOf(text.locale)}>
            <RichText data={text.value} converters={withRunningText(undefined, directionOf(text.locale))} />
          </div>
        ) : null}
      </div>
    </PortalShell>
  )
}
