import { Fragment, type ReactNode } from 'react'
import { splitIsolates } from '@shared/isolate'
import { listParts } from '@shared/listParts'
import type { Direction } from '@shared/locales'
import { splitPhoneNumbers, type PhoneMatch } from '@shared/phoneNumbers'
import { foreignRuns } from '@shared/scriptRuns'
import { intlLocale } from '@web/lib/format'

/**
 * A translated sentence made with `isolate(values)`: each value and each number in its own
 * `<bdi>`, so a German name, a date or a count keeps its place in an Arabic or Persian sentence.
 */
export function Sentence({ text }: { text: string }) {
  return (
    <>
      {splitIsolates(text).map((part, i) => (part.isolated ? <bdi key={i}>{part.text}</bdi> : part.text))}
    </>
  )
}

/**
 * Names joined as the reader's language joins them ("a، b و c"), each name isolated, so the
 * commas and the conjunction stay between the right names in right-to-left text.
 */
export function IsolatedList({ items, locale, lang }: { items: ReactNode[]; locale: string; lang?: string }) {
  if (!items.length) return null
  const placeholders = items.map((_, i) => String(i))
  return (
    <>
      {listParts(placeholders, intlLocale(locale)).map((part, i) =>
        part.type === 'item' ? (
          <bdi key={i} lang={lang}>
            {items[part.index]}
          </bdi>
        ) : (
          part.value
        ),
      )}
    </>
  )
}

/**
 * A phone number as a `tel:` link. The digits sit in `<bdi dir="ltr">`: inside Arabic text the
 * groups of "0361 655 1234" would otherwise be shown in reverse order.
 */
export function PhoneLink({ phone, children }: { phone: Pick<PhoneMatch, 'href' | 'kind'>; children: ReactNode }) {
  return (
    <a href={phone.href} className={phone.kind === 'phone' ? 'tel-link' : 'tel-link tel-short'}>
      <bdi dir="ltr">{children}</bdi>
    </a>
  )
}

type Piece = { text: string; kind: 'text' | 'run' } | { text: string; kind: 'phone'; phone: PhoneMatch }

/** Plain text cut where the words of the other direction start and end. */
function runsOf(text: string, dir: Direction): Piece[] {
  const out: Piece[] = []
  let at = 0
  for (const run of foreignRuns(text, dir)) {
    if (run.start > at) out.push({ text: text.slice(at, run.start), kind: 'text' })
    out.push({ text: text.slice(run.start, run.end), kind: 'run' })
    at = run.end
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: 'text' })
  return out
}

/**
 * Running text written by editors or providers: phone numbers become `tel:` links (also where
 * nobody made a link), words of the other direction are isolated (a German term inside a
 * Persian sentence). `format` renders each piece the way the rich-text editor formatted the
 * whole (bold, italic…).
 */
export function runningText(
  text: string,
  { dir, phones = true, format = (piece) => piece }: { dir: Direction; phones?: boolean; format?: (piece: string) => ReactNode },
): ReactNode[] {
  const pieces: Piece[] = (phones ? splitPhoneNumbers(text) : [{ text }]).flatMap((part) =>
    part.phone ? [{ text: part.text, kind: 'phone' as const, phone: part.phone }] : runsOf(part.text, dir),
  )
  return pieces.map((piece, i) =>
    piece.kind === 'phone' ? (
      <PhoneLink key={i} phone={piece.phone}>
        {format(piece.text)}
      </PhoneLink>
    ) : piece.kind === 'run' ? (
      <bdi key={i}>{format(piece.text)}</bdi>
    ) : (
      <Fragment key={i}>{format(piece.text)}</Fragment>
    ),
  )
}

/** `runningText` as a component, for plain texts such as descriptions and summaries. */
export function RunningText({ text, dir, phones }: { text: string; dir: Direction; phones?: boolean }) {
  return <>{runningText(text, { dir, phones })}</>
}
