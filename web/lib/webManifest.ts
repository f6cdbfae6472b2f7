import type { MetadataRoute } from 'next'
import { getTranslations } from '@web/i18n/translations'
import { accessibleBrandColor } from '@shared/color'
import { directionOf, type Locale } from '@shared/locales'
import { route } from '@shared/routes'
import type { TownSummary } from './towns'

/** The installation's manifest (each town's is `route.manifest`); linked from the pages by PortalShell. */
export const INSTALLATION_MANIFEST = '/manifest.webmanifest'

/** The icons in web/public: PNGs for installing (Android wants 192 and 512), the SVG for the rest. */
const ICONS: MetadataRoute.Manifest['icons'] = [
  { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
]

/** The page background (portal.css `--wash`): the splash screen while the first page loads. */
const BACKGROUND = '#f3f6f9'

/**
 * A web app manifest: the installation's (the town chooser) or, with `town`, the town's own:
 * its name, its colour (the one its header shows, so the colour that fails white text falls
 * back like the header does), its home page in the reader's language.
 */
export async function webManifest(locale: Locale, town?: TownSummary): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale, namespace: 'Meta' })
  const portal = t('portalName')
  // Plain text without isolates: an app's name on a home screen is not rendered as a page is.
  const tc = await getTranslations({ locale, namespace: 'Compose' })
  const start = town ? route.home({ locale, town: town.slug }) : route.towns({ locale })
  return {
    // One installed app per town whatever the language it was installed in.
    id: town ? `/${town.slug}` : '/',
    name: town ? tc('titleTemplate', { page: town.name, portal }) : portal,
    short_name: town ? town.name : portal,
    description: t('description'),
    lang: locale,
    dir: directionOf(locale),
    start_url: start,
    // The whole portal: the language switcher and links to other towns stay inside the app.
    scope: '/',
    display: 'standalone',
    theme_color: accessibleBrandColor(town?.primaryColor),
    background_color: BACKGROUND,
    icons: ICONS,
  }
}

/** The answer: the manifest's own content type, asked again each time (a town's colour can change). */
export function manifestResponse(manifest: MetadataRoute.Manifest): Response {
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'public, no-cache' },
  })
}
