import { getTranslations } from 'next-intl/server'
import { FeedbackForm } from '@web/components/accessibility/FeedbackForm.client'
import { PortalShell } from '@web/components/PortalShell'
import { submitFeedback } from '@web/lib/feedbackAction'
import { alternates } from '@web/lib/metadata'
import { requireLocale, townForPage } from '@web/lib/pageLocale'

type Params = { params: Promise<{ locale: string; town: string }>; searchParams: Promise<{ sent?: string; page?: string }> }

async function load({ params }: Pick<Params, 'params'>) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  return { locale, town: await townForPage(locale, slug, '/accessibility/feedback') }
}

export async function generateMetadata(args: Params) {
  const { locale, town } = await load(args)
  const t = await getTranslations({ locale, namespace: 'Feedback' })
  return {
    title: t('title'),
    alternates: alternates(`/${town.slug}/accessibility/feedback`, town.enabledLocales, locale, town.defaultLocale),
    // A form and a thank-you note: nothing for search engines.
    robots: { index: false },
  }
}

/** Report an accessibility barrier: one task on one page, so messages sit at the top of it. */
export default async function FeedbackPage(args: Params) {
  const { locale, town } = await load(args)
  const { sent, page } = await args.searchParams
  const t = await getTranslations('Feedback')
  const base = `/${locale}/${town.slug}`
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
  const fromPage = typeof page === 'string' && /^\/[^/]/.test(page) ? page.slice(0, 500) : ''
  return (
    <PortalShell locale={locale} path={`/${town.slug}/accessibility/feedback`} locales={town.enabledLocales} town={town}>
      <div className="container narrow">
        <p className="back-link">
          <a href={`${base}/accessibility`}>{t('backToStatement')}</a>
        </p>
        {sent === '1' ? (
          <div className="panel-success" role="status">
            <h1>{t('thanksTitle')}</h1>
            <p>{t('thanksText')}</p>
            <p>
              <a href={`${base}/accessibility/feedback`}>{t('another')}</a>
            </p>
          </div>
        ) : (
          <>
            <h1>{t('title')}</h1>
            <p>{t('intro', { town: town.name })}</p>
            <FeedbackForm
              action={submitFeedback.bind(null, town.slug, locale)}
              initial={{ values: { pageUrl: fromPage, description: '', name: '', email: '' }, errors: {} }}
              labels={labels}
              consent={t.rich('consent', { link: (chunks) => <a href={`${base}/privacy`}>{chunks}</a> })}
            />
          </>
        )}
      </div>
    </PortalShell>
  )
}
