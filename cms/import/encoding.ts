import { Transform } from 'node:stream'

// Windows-1252's 0x80–0x9F (where it differs from Latin-1): Node's TextDecoder decodes them as Latin-1.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

export type TextEncoding = 'utf-8' | 'windows-1252'

/**
 * German Excel saves "CSV" in Windows-1252 unless told "CSV UTF-8": a sample that is not valid
 * UTF-8 is taken as Windows-1252 (the only other encoding such files come in).
 */
export function sniffEncoding(sample: Uint8Array): TextEncoding {
  try {
    // `stream: true` tolerates a character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true })
    return 'utf-8'
  } catch {
    return 'windows-1252'
  }
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c)
}

/** Bytes in, text out (whole characters per chunk, so a parser never sees half of one). */
export function decoder(encoding: TextEncoding): Transform {
  const utf8 = new TextDecoder('utf-8')
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      done(null, encoding === 'utf-8' ? utf8.decode(chunk, { stream: true }) : decodeWindows1252(chunk))
    },
    flush(done) {
      const rest = encoding === 'utf-8' ? utf8.decode() : ''
      done(null, rest || undefined)
    },
  })
}
