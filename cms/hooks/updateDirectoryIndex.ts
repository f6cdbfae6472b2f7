import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../access/ids'
import { refreshLocation, refreshService } from '../directory/directoryIndex'

/** Keeps this process's directory index in step with every save (drafts change nothing public), and tells the other instances. */
export const serviceChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshService(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}

export const serviceDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshService(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}

export const locationChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshLocation(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}

export const locationDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshLocation(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}
