import { notFoundResponse, townForRoute } from '@web/lib/routeTown'
import type { TownPageProps } from '@web/lib/townPage'
import { manifestResponse, webManifest } from '@web/lib/webManifest'

/** A town's web app manifest in one of its languages: its name, colour and home page. */
export async function GET(_request: Request, { params }: TownPageProps<'manifest'>) {
  const { locale, town: slug } = await params
  const found = await townForRoute('manifest', locale, slug)
  if (!found) return notFoundResponse()
  return manifestResponse(await webManifest(found.locale, found.town))
}
