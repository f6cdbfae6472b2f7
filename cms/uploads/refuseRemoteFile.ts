import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { translate } from '@cms/i18n/translate'

/**
 * Payload creates an upload from a URL when `url` and `filename` are sent without a file:
 * the server then fetches that address (any public host, without a size or time limit).
 * Nothing in the portal needs it (the admin's "paste URL" fetches in the browser), so a
 * create that asks for it is refused before anything is fetched.
 */
const asksForURL = (data: unknown) => Boolean(data && typeof data === 'object' && 'url' in data && typeof data.url === 'string' && data.url.trim() !== '')

export const refuseRemoteFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.file) return args
  // Payload has already moved `url` out of the operation's data into its fetch source: the
  // request's own data (REST) still has it, the Local API's arguments too.
  if (asksForURL(req.data) || asksForURL(args.data)) throw new APIError(translate(req.t, 'server.remoteFile'), 400)
  return args
}
