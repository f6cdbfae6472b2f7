'use client'

import { useErrorStrings } from '@web/components/ErrorStrings.client'

/**
 * Shown when a page fails to render; in the reader's language, with a way to retry. Portal
 * pages reach the browser without React, so retrying is a link to the same address (an empty
 * href), which works with and without JavaScript.
 */
export default function ErrorPage() {
  const t = useErrorStrings()
  return (
    <main id="main" className="container narrow">
      <h1>{t.title}</h1>
      <p className="lead">{t.body}</p>
      <p>
        <a className="button" href="">
          {t.retry}
        </a>
      </p>
      {/* The id support can look up in the log (one per request, also in the X-Request-Id header). */}
      <p>{t.reference}</p>
    </main>
  )
}
