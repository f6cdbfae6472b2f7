import { getTranslations } from 'next-intl/server'

/** "You are here": the town's home, then each level down to (not including) this page. */
export async function Breadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  const t = await getTranslations('Nav')
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol role="list">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
