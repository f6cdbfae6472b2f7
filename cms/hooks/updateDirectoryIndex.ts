import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../access/ids'
import { refreshLocation, refreshService } from '../directory/directoryIndex'

/**
 * `req.context` key with which a bulk writer (the spreadsheet import) refreshes the index itself
 * once its batch is committed: a refresh inside the batch's transaction would put documents into
 * the index that a rollback then takes back out of the database.
 */
export const SKIP_DIRECTORY_INDEX = 'skipDirectoryIndex'

/** Keeps this process's directory index in step with every save (drafts change nothing public), and tells the other instances. */
export const serviceChanged: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[SKIP_DIRECTORY_INDEX]) await refreshService(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}

export const serviceDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshService(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}

export const locationChanged: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[SKIP_DIRECTORY_INDEX]) await refreshLocation(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}

export const locationDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshLocation(req.payload, String(doc.id), idOf(doc.municipality), req)
  return doc
}
