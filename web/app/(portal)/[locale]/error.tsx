'use client'

import { useErrorStrings } from '@web/components/ErrorStrings.client'

/** Shown when a page fails to render; in the reader's language, with a way to retry. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorStrings()
  return (
    <main id="main" className="container narrow">
      <h1>{t.title}</h1>
      <p className="lead">{t.body}</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {t.retry}
        </button>
      </p>
    </main>
  )
}
