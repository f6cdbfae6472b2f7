import type { CollectionConfig } from 'payload'
import { guardedFileRoute } from './guardFileRoute'
import { refuseRemoteFile } from './refuseRemoteFile'

/**
 * What every upload collection gets, the host's too: the guarded file route, no creating
 * from a URL, no server-side paste-url, and no duplicating (a duplicate re-reads the file through its URL, which in
 * S3 mode means the server fetching an address built from the request's Host header).
 */
export function secureUploads(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload) return collection
  // Without `pasteURL` the admin's "paste URL" fetches in the browser and the server's
  // paste-url endpoint answers 400; with it (an allow list) the server would fetch.
  const { pasteURL: _serverFetch, ...upload } = typeof collection.upload === 'object' ? collection.upload : {}
  return {
    ...collection,
    disableDuplicate: true,
    upload,
    endpoints: collection.endpoints === false ? false : [guardedFileRoute, ...(collection.endpoints ?? [])],
    hooks: { ...collection.hooks, beforeOperation: [refuseRemoteFile, ...(collection.hooks?.beforeOperation ?? [])] },
  }
}
