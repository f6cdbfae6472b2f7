import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API read with `locale: 'all'` inside the request's transaction. Payload sets
 * `req.locale` from the read's options, which would make the surrounding write store its
 * texts under "all" and lose them, so the request's language is put back afterwards.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
