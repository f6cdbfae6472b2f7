import { requireLocale, townForPage } from './pageLocale'

/** The language and town of a plan page (the same first lines of every page below /plan). */
export async function planPage(params: Promise<{ locale: string; town: string }>, subpath: string) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, `/plan${subpath}`)
  return { locale, town, base: `/${locale}/${town.slug}/plan`, path: `/${town.slug}/plan${subpath}` }
}
