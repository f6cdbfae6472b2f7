import type { PortalSlugs } from '@cms/types'
import { organizationField } from '@cms/fields/organization'
import type { CollectionConfig } from 'payload'
import { reviewFlag } from '@cms/fields/review'
import { pendingUntilReviewed } from '@cms/hooks/pendingUntilReviewed'
import { createMedia, manageMedia, readMedia } from './access'
import { belongsToOwnOrganization } from '@cms/hooks/belongsToOwnOrganization'
import { captionsContentType, checkUpload } from './checkUpload'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/**
 * Raster images, PDFs, MP4/WebM videos (a town's sign-language video) and their WebVTT
 * captions. SVG is refused: it can carry scripts, and sanitising it is harder to get right
 * than asking for a PNG. Payload checks the real file type from the content, so a script
 * renamed to .png is refused too; text (`text/plain`, how Payload sees a .vtt file) is
 * narrowed to real WebVTT files by `checkUpload`.
 */
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf', 'video/mp4', 'video/webm', 'text/plain', 'text/vtt']

const webp = { format: 'webp' as const, options: { quality: 78 } }

export function mediaCollection(slug: string, organizationsSlug: PortalSlugs['organizations'], staticDir: string, municipalitiesSlug: PortalSlugs['municipalities'] = 'municipalities'): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'alt', group: inAllLanguages('group.content'), defaultColumns: ['filename', 'alt', 'organization', 'pendingReview'] },
    access: { read: readMedia, create: createMedia, update: manageMedia, delete: manageMedia },
    hooks: {
      beforeValidate: [checkUpload, belongsToOwnOrganization(organizationsSlug, { required: false })],
      beforeChange: [pendingUntilReviewed(municipalitiesSlug)],
    },
    upload: {
      staticDir,
      mimeTypes: MEDIA_MIME_TYPES,
      modifyResponseHeaders: captionsContentType,
      // Small sizes for cheap phones on prepaid data; the original is kept for print.
      imageSizes: [
        { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: webp },
        { name: 'card', width: 640, formatOptions: webp },
        { name: 'wide', width: 1280, formatOptions: webp },
      ],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        localized: true,
        required: true,
        maxLength: 300,
        admin: { description: tr('media.alt.help') },
      },
      { name: 'credit', type: 'text', maxLength: 200, admin: { description: tr('media.credit.help') } },
      organizationField(organizationsSlug, { description: 'media.organization.help' }),
      reviewFlag('media.pendingReview.help'),
    ],
  }
}
