/**
 * A stored file's name as the file routes accept it: one plain name, as Payload stores it.
 * Anything that could name another place is refused before any lookup: path separators
 * (`/`, `\`), `..`, control characters (NUL), and percent-encodings left after the one
 * decoding the route already did (`%2F` sent as `%252F`).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE_NAME = /[/\\\u0000-\u001f\u007f]|\.\.|%[0-9a-f]{2}/i

export const isPlainFilename = (name: string): boolean => name.length > 0 && name.length <= 255 && name !== '.' && !UNSAFE_NAME.test(name)

/** A storage prefix (S3 key folder) as the plugin stores it: plain names joined by `/`. */
export const isPlainPrefix = (prefix: string): boolean => prefix.split('/').every(isPlainFilename)
