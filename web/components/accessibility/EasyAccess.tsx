import { RichText } from '@payloadcms/richtext-lexical/react'
import { getTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { route } from '@shared/routes'
import { getTownAccessibility } from '@web/lib/accessibility'
import type { Town } from '@web/lib/towns'
import { headingsBelowSection } from './headings'
import { withRunningText } from '../richTextRunning'

/**
 * The home page's place for easy German and German Sign Language (BITV 2.0 § 4). Shown in
 * every UI language (its content is German and DGS, so it is marked `lang="de"`). The
 * video loads nothing until the reader presses play (`preload="none"`: newcomers pay for
 * data) and only from this server.
 */
export async function EasyAccess({ town, locale }: { town: Town; locale: Locale }) {
  const [t, a] = await Promise.all([getTranslations('EasyAccess'), getTownAccessibility(town.id)])
  const video = a.video?.url ? a.video : null
  if (!a.easyGerman && !video) return null
  return (
    <section className="container section easy-access" aria-labelledby="easy-access">
      <h2 id="easy-access">{t('title')}</h2>
      {a.easyGerman ? (
        <details className="easy-german">
          <summary>{t('easyGermanSummary')}</summary>
          <div className="prose-text" lang="de" dir="ltr">
            <RichText data={a.easyGerman} converters={withRunningText(headingsBelowSection, 'ltr')} />
          </div>
        </details>
      ) : null}
      {video ? (
        <figure className="sign-language">
          <video controls preload="none" playsInline poster={a.poster?.url ?? undefined} aria-labelledby="dgs-caption">
            <source src={video.url ?? undefined} type={video.mimeType ?? undefined} />
            {a.captions?.url ? <track kind="captions" srcLang="de" label="Deutsch" src={a.captions.url} default /> : null}
            <a href={video.url ?? undefined}>{t('downloadVideo')}</a>
          </video>
          <figcaption id="dgs-caption">{t('videoTitle')}</figcaption>
        </figure>
      ) : null}
      <p>
        <a href={route.accessibility({ locale, town: town.slug })}>{t('statementLink')}</a>
      </p>
    </section>
  )
}
