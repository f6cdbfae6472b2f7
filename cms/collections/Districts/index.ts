import type { CollectionConfig } from 'payload'
import { taxonomyCollection } from '../taxonomy'

/** Parts of a town (Stadtteil, Sozialraum) or towns of a district; services and statistics are split by them. */
export function districtsCollection(slug: string): CollectionConfig {
  return taxonomyCollection(slug)
}
