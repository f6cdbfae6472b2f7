'use client'

import { createContext, type ReactNode, useContext } from 'react'

/** The error page's words in the reader's language (the only strings a portal client component needs). */
export interface ErrorStrings {
  title: string
  body: string
  retry: string
  /** "Reference number: …" with the request's id (filled in by web/server.mjs). */
  reference: string
}

const Strings = createContext<ErrorStrings>({ title: 'Something went wrong', body: 'Please try again.', retry: 'Try again', reference: '' })

/**
 * A plain React context instead of next-intl's client provider: the error boundary needs four
 * strings, and the provider would add ~12 KB gz of JavaScript to every portal page.
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <Strings.Provider value={strings}>{children}</Strings.Provider>
}

export const useErrorStrings = (): ErrorStrings => useContext(Strings)
