import { getTranslations } from '@web/i18n/translations'
import { route } from '@shared/routes'
import { FeedbackForm } from '@web/components/accessibility/FeedbackForm.client'
import { PortalShell } from '@web/components/PortalShell'
import { submitFeedback } from '@web/lib/feedbackAction'
import { alternates } from '@web/lib/metadata'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'accessibilityFeedback'> & { searchParams: Promise<{ sent?: string; page?: string }> }

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('accessibilityFeedback', props)
  const t = await getTranslations({ locale, namespace: 'Feedback' })
  return {
    title: t('title'),
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
    // A form and a thank-you note: nothing for search engines.
    robots: { index: false },
  }
}

/** Report an accessibility barrier: one task on one page, so messages sit at the top of it. */
async function FeedbackPage(props: Props) {
  const { locale, town, page } = await townPage('accessibilityFeedback', props)
  const { sent, page: from } = await props.searchParams
  const t = await getTranslations('Feedback')
  const at = { locale, town: town.slug }
  const labels = {
    errorSummary: t('errorSummary'),
    page: t('page'),
    pageHint: t('pageHint'),
    description: t('description'),
    descriptionHint: t('descriptionHint'),
    name: t('name'),
    email: t('email'),
    emailHint: t('emailHint'),
    honeypot: t('honeypot'),
    submit: t('submit'),
    sending: t('sending'),
  }
  // The footer's link names the page the reader came from; only a path of this site is taken.
  const fromPage = typeof from === 'string' && /^\/[^/]/.test(from) ? from.slice(0, 500) : ''
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow">
        <p className="back-link">
          <a href={route.accessibility(at)}>{t('backToStatement')}</a>
        </p>
        {sent === '1' ? (
          <div className="panel-success" role="status">
            <h1>{t('thanksTitle')}</h1>
            <p>{t('thanksText')}</p>
            <p>
              <a href={route.accessibilityFeedback(at)}>{t('another')}</a>
            </p>
          </div>
        ) : (
          <>
            <h1>{t('title')}</h1>
            <p><Sentence text={sentence(t, 'intro', { town: town.name })} /></p>
            <FeedbackForm
              action={submitFeedback.bind(null, town.slug, locale)}
              initial={{ values: { pageUrl: fromPage, description: '', name: '', email: '' }, errors: {} }}
              labels={labels}
              permalink={route.accessibilityFeedback(at)}
              consent={t.rich('consent', { link: (chunks) => <a href={route.privacy(at)}>{chunks}</a> })}
            />
          </>
        )}
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(FeedbackPage)
