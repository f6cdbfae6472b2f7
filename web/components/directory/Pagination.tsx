import { useTranslations } from '@web/i18n/translations'
import { type DirectoryFilters, directoryQueryString } from '@shared/directoryParams'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

interface Props {
  /** The list's address (`route.services`); each page adds the filters and its number as a query string. */
  href: string
  /** The fragment the links land on (`#results`, the result count): the next page starts with its results. */
  fragment: string
  filters: DirectoryFilters
  page: number
  totalPages: number
}

/** Previous/next and a few page numbers, as plain links. */
export function Pagination({ href: list, fragment, filters, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  const t = useTranslations('Directory')
  const href = (p: number) => `${list}${directoryQueryString({ ...filters, page: p })}${fragment}`
  const pages = [...new Set([1, page - 1, page, page + 1, totalPages])].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b)
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <p className="visually-hidden"><Sentence text={sentence(t, 'pageOf', { page, total: totalPages })} /></p>
      <ul role="list">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              <span aria-hidden="true">‹ </span>
              {t('previous')}
            </a>
          </li>
        ) : null}
        {pages.map((p) => (
          <li key={p}>
            <a href={href(p)} aria-current={p === page ? 'page' : undefined} aria-label={sentence(t, 'pageOf', { page: p, total: totalPages })}>
              {p}
            </a>
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('next')}
              <span aria-hidden="true"> ›</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
