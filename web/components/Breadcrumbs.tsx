import { useTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { ancestorsOf, route, TOWN_ROUTES, type TownRouteName } from '@shared/routes'

export interface Crumb {
  href: string
  label: string
}

interface Props {
  locale: Locale
  town: { slug: string; name: string }
  /** The page the reader is on: the levels above it come from the route table. */
  page: TownRouteName
  /** Levels between those and this page that depend on the document (a guide chapter, an action field). */
  more?: Crumb[]
}

/** "You are here": the town's home, then each level down to (not including) this page. */
export function Breadcrumbs({ locale, town, page, more = [] }: Props) {
  const t = useTranslations()
  const items: Crumb[] = ancestorsOf(page).map((name) => {
    const label = name === 'home' ? town.name : t(TOWN_ROUTES[name].label ?? 'Nav.home')
    return { href: route[name]({ locale, town: town.slug }), label }
  })
  return (
    <nav aria-label={t('Nav.breadcrumb')} className="breadcrumb">
      <ol role="list">
        {[...items, ...more].map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
