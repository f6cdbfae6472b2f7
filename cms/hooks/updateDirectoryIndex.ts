import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { announceLocation, announceService } from '../directory/indexChanges'

/**
 * `req.context` key with which a bulk writer (the spreadsheet import) announces its documents
 * itself, all at once after its batch is committed, instead of one read and one message per save.
 */
export const SKIP_DIRECTORY_INDEX = 'skipDirectoryIndex'

/** Every save and delete reaches the directory index of every instance (drafts change nothing public). */
export const serviceChanged: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[SKIP_DIRECTORY_INDEX]) await announceService(req, String(doc.id))
  return doc
}

export const serviceDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announceService(req, String(doc.id))
  return doc
}

export const locationChanged: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[SKIP_DIRECTORY_INDEX]) await announceLocation(req, String(doc.id))
  return doc
}

export const locationDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announceLocation(req, String(doc.id))
  return doc
}
