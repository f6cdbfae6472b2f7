import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '../Breadcrumbs'

/** Town › Plan › (more), above every page of the plan. */
export async function PlanBreadcrumbs({ locale, town, base, more = [] }: { locale: string; town: { slug: string; name: string }; base: string; more?: { href: string; label: string }[] }) {
  const t = await getTranslations('Plan')
  return <Breadcrumbs items={[{ href: `/${locale}/${town.slug}`, label: town.name }, { href: base, label: t('title') }, ...more]} />
}
