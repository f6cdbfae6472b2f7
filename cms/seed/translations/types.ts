/**
 * Demo texts of one language that the source files (demoGuide.ts, demoDirectory.ts, demoData.ts)
 * do not hold. One file per language (`<locale>.ts`), merged into the sources when the demo is
 * seeded, so that each language can be written and reviewed on its own.
 *
 * Keys are the sources' own slugs and keys. Every text is written for a newcomer reading it in
 * that language (no word-by-word translation): German office names stay in German in Latin
 * script, in brackets after the translated name where it helps (e.g. "Ausländerbehörde"), so that
 * newcomers recognise them on letters and door signs. Bodies use the guide's mini-markdown: blank
 * lines between paragraphs, "## " for a sub-heading, "- " for list items.
 */
/** The texts of a service, by the name the language files use (`costNote` is the source's `cost.note`). */
export type ServiceTextField = 'title' | 'summary' | 'description' | 'eligibility' | 'documents' | 'howToApply' | 'costNote'

export interface DemoLocaleTexts {
  /** Town slug → the home page's welcome sentence (DEMO_TOWNS[].welcome). */
  towns: Record<string, { welcome: string }>
  /** Guide page slug → its texts (DEMO_GUIDE[]). */
  guide: Record<string, { title: string; summary: string; body: string }>
  /**
   * Service slug of town `eisenach` → its texts (DEMO_SERVICES[]): each text the source lacks in
   * this language, and only fields the source has in German. (Three slugs exist in both towns
   * with different texts; these files translate Eisenach's.)
   */
  services: Record<string, Partial<Record<ServiceTextField, string>>>
  /** Topic key (top-level and child) → name (DEMO_TOPICS). */
  topics: Record<string, string>
  /** Audience key → name (DEMO_AUDIENCES). */
  audiences: Record<string, string>
  /** District key → name (DEMO_DISTRICTS). */
  districts: Record<string, string>
  /** Location key → how to get there (DEMO_LOCATIONS[].transport). */
  locations: Record<string, { transport: string }>
  /**
   * Eisenach's plan. `indicators`: indicator slug (DEMO_INDICATORS and DEMO_COMPUTED_INDICATORS)
   * → its name. `units`: the German unit (e.g. "Personen", "%") → the unit in this language,
   * given to every indicator with that unit. An indicator gets a unit only together with its
   * name: the database keeps a language's row of an indicator only where it has a name.
   */
  plan: { indicators: Record<string, { name: string }>; units: Record<string, string> }
}
