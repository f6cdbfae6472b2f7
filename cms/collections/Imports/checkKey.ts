/**
 * What a check was run with (columns, language, drafts): the import must run with the same,
 * or it would do what nobody checked. Pure, so the admin panel can compare before asking.
 */
export const checkKey = (mapping: Partial<Record<string, string>>, locale: string | null | undefined, draft: boolean): string =>
  JSON.stringify({ mapping: Object.fromEntries(Object.entries(mapping).filter(([, v]) => v).sort()), locale: locale || null, draft })
