import { hsdsId, hsdsPartId } from '@shared/hsdsIds'
import type { TermSource, TownSource } from './source'
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types'

export type TaxonomyKind = TermSource['kind']
export const TAXONOMY_KINDS: readonly TaxonomyKind[] = ['topics', 'audiences']

// Our vocabularies have no stored description; German for German readers, English for the rest.
const TEXTS: Record<TaxonomyKind, Record<'de' | 'en', { name: string; description: (town: string) => string }>> = {
  topics: {
    de: { name: 'Themen', description: (town) => `Themen des Angebotsverzeichnisses von ${town}` },
    en: { name: 'Topics', description: (town) => `Topics of the service directory of ${town}` },
  },
  audiences: {
    de: { name: 'Zielgruppen', description: (town) => `Für wen die Angebote in ${town} sind` },
    en: { name: 'Audiences', description: (town) => `Who the services in ${town} are for` },
  },
}

const textLanguage = (locale: string): 'de' | 'en' => (locale === 'de' || locale.startsWith('de-') ? 'de' : 'en')

/** A town's vocabulary as an HSDS taxonomy; its id derives from the town, so each town has its own. */
export function mapTaxonomy(kind: TaxonomyKind, town: TownSource, locale: string): HsdsTaxonomy {
  const text = TEXTS[kind][textLanguage(locale)]
  return { id: hsdsPartId('taxonomy', town.id, kind), name: text.name, description: text.description(town.name) }
}

/**
 * The term's code: its slug, unique within its vocabulary. HSDS wants codes unique across
 * all terms (the tabular schema says so, and readers reject the table otherwise), so a slug
 * that both vocabularies of the town use (a topic and an audience "women") names its
 * vocabulary: "topics:women", "audiences:women".
 */
function codeOf(term: TermSource, known: ReadonlyMap<string, TermSource>): string {
  for (const other of known.values()) if (other.slug === term.slug && other.kind !== term.kind) return `${term.kind}:${term.slug}`
  return term.slug
}

/**
 * A topic or audience as an HSDS taxonomy term (no stored description, so the name serves
 * as one). `known` holds all the town's terms: for the parent, and to keep codes unique.
 */
export function mapTerm(term: TermSource, town: TownSource, locale: string, known: ReadonlyMap<string, TermSource>): HsdsTaxonomyTerm {
  const taxonomy = mapTaxonomy(term.kind, town, locale)
  const parent = term.parent ? known.get(term.parent) : undefined
  return {
    id: hsdsId(term.kind, term.id),
    code: codeOf(term, known),
    name: term.name,
    description: term.name,
    ...(parent ? { parent_id: hsdsId(parent.kind, parent.id) } : {}),
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    taxonomy_detail: taxonomy,
    language: locale,
  }
}

/** A term and every term below it: a topic filter also finds services of its sub-topics. */
export function withDescendants(rootId: string, terms: Iterable<TermSource>): Set<string> {
  const all = [...terms]
  const found = new Set([rootId])
  for (let grew = true; grew; ) {
    grew = false
    for (const t of all) {
      if (t.parent && found.has(t.parent) && !found.has(t.id)) {
        found.add(t.id)
        grew = true
      }
    }
  }
  return found
}
