import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload creates an upload from a URL when `url` and `filename` are sent without a file:
 * the server then fetches that address (any public host, without a size or time limit).
 * Nothing in the portal needs it (the admin's "paste URL" fetches in the browser), so a
 * create that asks for it is refused before anything is fetched.
 */
export const refuseRemoteFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.file) return args
  const data: unknown = args.data
  if (data && typeof data === 'object' && 'url' in data && typeof data.url === 'string' && data.url.trim() !== '') {
    throw new APIError('Files are not fetched from a URL: upload the file itself.', 400)
  }
  return args
}
