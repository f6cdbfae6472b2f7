import { redirect } from 'next/navigation'
import { getTranslations } from '@web/i18n/translations'
import { noteTags } from '@cms/cache/renderNotes'
import { TOWNS_TAG } from '@shared/cacheTags'
import { LOCALE_CODES } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { route, TOWNS_PAGE } from '@shared/routes'
import { Icon } from '@web/components/Icon'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { alternates, social } from '@web/lib/metadata'
import { requireLocale } from '@web/lib/pageLocale'
import { listTowns } from '@web/lib/towns'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params) {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Towns' })
  return social({ title: t('title'), alternates: alternates(TOWNS_PAGE, LOCALE_CODES, requireLocale(locale), 'de') }, requireLocale(locale))
}

/** The town chooser; with a single town, straight to it. */
export default async function TownsPage({ params }: Params) {
  const locale = requireLocale((await params).locale)
  noteTags([TOWNS_TAG])
  const towns = await listTowns()
  if (towns.length === 1 && towns[0]) {
    const only = towns[0]
    redirect(route.home({ locale: only.enabledLocales.includes(locale) ? locale : only.defaultLocale, town: only.slug }))
  }
  const t = await getTranslations('Towns')
  return (
    <PortalShell locale={locale} page={TOWNS_PAGE} locales={LOCALE_CODES}>
      <div className="container narrow">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        {towns.length === 0 ? <p>{t('none')}</p> : null}
        <ul className="card-list" role="list">
          {towns.map((town) => (
            <li key={town.id}>
              <a className="card card-link" href={route.home({ locale: town.enabledLocales.includes(locale) ? locale : town.defaultLocale, town: town.slug })}>
                <span className="card-kicker">
                  <Icon name={town.kind === 'district' ? 'pin' : 'building'} /> <Sentence text={sentence(t, 'kind', { kind: town.kind })} />
                </span>
                <span className="card-title">{town.name}</span>
                <LocalizedText as="span" className="card-text" value={pickLocalized(town.welcome, locale, town.defaultLocale)} reader={locale} />
              </a>
            </li>
          ))}
        </ul>
      </div>
    </PortalShell>
  )
}
