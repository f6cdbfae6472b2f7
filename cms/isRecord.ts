/**
 * A plain object (not null, not an array): JSON bodies, stored JSON fields and documents of a
 * collection known only at run time are read through this check, never a cast.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
