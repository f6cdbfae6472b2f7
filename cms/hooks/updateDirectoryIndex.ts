import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { announceLocation, announceService } from '../directory/indexChanges'

/** Every save and delete reaches the directory index of every instance (drafts change nothing public). */
export const serviceChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await announceService(req, String(doc.id))
  return doc
}

export const serviceDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announceService(req, String(doc.id))
  return doc
}

export const locationChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await announceLocation(req, String(doc.id))
  return doc
}

export const locationDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announceLocation(req, String(doc.id))
  return doc
}
