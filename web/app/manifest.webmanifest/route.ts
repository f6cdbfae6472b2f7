import { DEFAULT_LOCALE } from '@shared/locales'
import { manifestResponse, webManifest } from '@web/lib/webManifest'

/** The installation's web app manifest (the town chooser), in the portal's default language. */
export async function GET() {
  return manifestResponse(await webManifest(DEFAULT_LOCALE))
}
