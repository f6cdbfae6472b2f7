/** Emergency and crisis lines, in the order the emergency page lists them. */
export const EMERGENCY_NUMBERS = ['112', '110', '116117', '116016'] as const
export type EmergencyNumber = (typeof EMERGENCY_NUMBERS)[number]

/** The guide page that lists them (seeded in every town; editors keep the slug). */
export const EMERGENCY_GUIDE_SLUG = 'notfall'
