/** The shape of the demo "First steps" guide (cms/seed/demoGuide.ts). */

/** Texts by locale: de, de-x-ls (easy German), en, ar, uk and fa are required. */
export type GuideTexts = { de: string; 'de-x-ls': string; en: string; ar: string; uk: string; fa: string } & Partial<
  Record<'ps' | 'ru' | 'tr' | 'ti' | 'so' | 'fr', string>
>

export interface DemoGuidePage {
  /** URL segment, lowercase ASCII with hyphens, unique within the guide. */
  slug: string
  /** Slug of the parent page, or null for a page at the top of the guide. */
  parent: string | null
  /** Icon name from web/components/Icon.tsx. */
  icon: string
  title: GuideTexts
  /** One sentence. */
  summary: GuideTexts
  /**
   * The page body: paragraphs separated by a blank line. A line starting with "## " is a
   * sub-heading; lines starting with "- " form a bullet list.
   */
  body: GuideTexts
  /** Slugs of demo services (cms/seed/demoDirectory.ts DEMO_SERVICES, town 'eisenach') this page points to. */
  relatedServices: string[]
}
