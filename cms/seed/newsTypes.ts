/** The shape of the demo news (cms/seed/demoNews.ts). */
import type { Locale } from '@shared/locales'

/**
 * A text in every language. All demo news belong to Eisenach, which offers all twelve
 * languages, so the compiler refuses an article that misses one.
 */
export type NewsTexts = Record<Locale, string>

export interface DemoNewsItem {
  /** The town that publishes the article; its services are the ones `relatedServices` names. */
  town: 'eisenach'
  /** URL segment, lowercase ASCII with hyphens, unique within the town. */
  slug: string
  /** How many days before seeding the article was published, so the news page always looks fresh. */
  daysAgo: number
  title: NewsTexts
  /** One or two sentences. */
  lead: NewsTexts
  /**
   * The article: paragraphs separated by a blank line. A line starting with "## " is a
   * sub-heading; lines starting with "- " form a bullet list (cms/seed/lexical.ts).
   */
  body: NewsTexts
  /**
   * Slugs of the demo services (cms/seed/demoDirectory.ts DEMO_SERVICES, same town) the
   * article is about. The rich-text builder has no links yet, so the body names the
   * services in words and the seed can turn these slugs into links or related entries.
   */
  relatedServices: string[]
}
