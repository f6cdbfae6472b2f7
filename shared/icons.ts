/** The names of the portal's inline icons (web/components/Icon.tsx), selectable for topics. */
export const ICON_NAMES = ['phone', 'mail', 'globe', 'pin', 'chat', 'book', 'people', 'building', 'briefcase', 'heart', 'arrow', 'calendar', 'search'] as const
export type IconName = (typeof ICON_NAMES)[number]
