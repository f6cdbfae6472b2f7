import { ICON_NAMES, type IconName } from '@shared/icons'
import type { Locale } from '@shared/locales'
import type { LocalizedValue } from '@shared/localized'
import { Icon } from './Icon'
import { LocalizedText } from './LocalizedText'

export interface Tile {
  id: string
  href: string
  /** One of the portal's icons; the grid's own when empty. */
  icon?: string | null
  label: LocalizedValue<string> | null
}

/** Big tappable tiles with an icon: topics, guide chapters. */
export function TileGrid({ tiles, locale, fallbackIcon }: { tiles: Tile[]; locale: Locale; fallbackIcon: IconName }) {
  return (
    <ul className="topic-grid" role="list">
      {tiles.map((tile) => (
        <li key={tile.id}>
          <a className="topic-tile" href={tile.href}>
            <Icon name={ICON_NAMES.find((name) => name === tile.icon) ?? fallbackIcon} size={28} />
            <LocalizedText as="span" value={tile.label} reader={locale} notice={false} />
          </a>
        </li>
      ))}
    </ul>
  )
}
