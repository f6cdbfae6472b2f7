import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'
import { translate } from '@cms/i18n/translate'
import type { PortalKey } from '@cms/i18n/en'

const MB = 1024 * 1024
/** Videos may be large (a sign-language explanation of a few minutes); everything else stays small. */
export const MAX_VIDEO_BYTES = 100 * MB
export const MAX_FILE_BYTES = 10 * MB

const refuse = (req: PayloadRequest, key: PortalKey, vars?: Record<string, number>) => new ValidationError({ errors: [{ path: 'file', message: translate(req.t, key, vars) }] }, req.t)

/** The kind of file by its first bytes (the signatures of the types media accepts). */
function sniff(head: Buffer): 'video' | 'binary' | null {
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1')
  if (ascii(4, 8) === 'ftyp') return /^(avif|avis|heic|mif1)$/.test(ascii(8, 12)) ? 'binary' : 'video'
  if (head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return 'video'
  const binary = [[0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47]].some((sig) => head.subarray(0, sig.length).equals(Buffer.from(sig)))
  return binary || ascii(0, 4) === 'GIF8' || ascii(0, 4) === '%PDF' || (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ? 'binary' : null
}

/**
 * What Payload's content sniffing leaves open. WebVTT is plain text, which Payload can only
 * judge by the file name (`text/plain` for any unknown extension, `.png` included): so every
 * upload that is not one of the accepted binary formats must be a `.vtt` file that really
 * starts with the WebVTT signature, and is stored as `text/vtt` (what `<track>` needs). And
 * sizes per type: the server-wide upload limit is the video's.
 */
export const checkUpload: CollectionBeforeValidateHook = ({ data, req }) => {
  const file = req.file
  if (!file?.data?.length || !data) return data
  const kind = sniff(file.data.subarray(0, 16))
  const size = file.size ?? file.data.length
  if (kind === 'video') {
    if (size > MAX_VIDEO_BYTES) throw refuse(req, 'server.media.videoSize', { mb: MAX_VIDEO_BYTES / MB })
    return data
  }
  if (size > MAX_FILE_BYTES) throw refuse(req, 'server.media.fileSize', { mb: MAX_FILE_BYTES / MB, videoMb: MAX_VIDEO_BYTES / MB })
  if (kind === 'binary') return data
  const start = file.data.subarray(0, 16).toString('utf8').replace(/^\uFEFF/, '')
  if (!/\.vtt$/i.test(file.name) || !/^WEBVTT(\s|$)/.test(start)) {
    throw refuse(req, 'server.media.types')
  }
  return { ...data, mimeType: 'text/vtt' }
}

/**
 * Payload serves stored files with the type it sniffs, `text/plain` for text. The only text
 * files media accepts are WebVTT captions (above), which Firefox plays only as `text/vtt`.
 */
export function captionsContentType({ headers }: { headers: Headers }): Headers {
  if (headers.get('Content-Type')?.startsWith('text/plain')) headers.set('Content-Type', 'text/vtt; charset=utf-8')
  return headers
}
