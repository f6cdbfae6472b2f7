import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'
import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  // One locale's messages, loaded on the server only.
  const messages = (await import(`../../locales/${locale}.json`)).default
  return { locale, messages, timeZone: 'Europe/Berlin' }
})
