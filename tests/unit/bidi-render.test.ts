/**
 * The portal's real components rendered with the real messages in Arabic and Persian (and
 * Pashto for dates): every interpolated name, number and date sits in an isolating element,
 * lists use the language's own conjunction, dates are Gregorian, phone numbers are call links.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { NextIntlClientProvider, useTranslations } from 'next-intl'
import { richTextFromBlocks } from '@cms/seed/lexical'
import { isolate, withNote } from '@shared/isolate'
import { IsolatedList, Sentence } from '@web/components/BidiText'
import { EmergencyCalls } from '@web/components/EmergencyCalls'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { HoursTable } from '@web/components/directory/HoursTable'
import { OpenStatus } from '@web/components/directory/OpenStatus'
import { ServiceMeta } from '@web/components/directory/ServiceMeta'
import { sentence } from '@web/lib/sentence'
import { StatusCounts } from '@web/components/plan/StatusCounts'
import { formatClock } from '@web/lib/format'

type Messages = Record<string, Record<string, string>>
const messages = (locale: string): Messages => JSON.parse(fs.readFileSync(path.resolve(process.cwd(), 'locales', `${locale}.json`), 'utf8'))
const render = (locale: string, node: ReactNode) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: messages(locale), timeZone: 'Europe/Berlin', children: node }))

/** The home page's greeting and organisations sentence, as the page writes them. */
function HomeSentences({ town, count }: { town: string; count: number }) {
  const t = useTranslations('Town')
  return createElement('p', null, [
    createElement(Sentence, { key: 1, text: t('welcomeTitle', isolate({ town })) }),
    createElement(Sentence, { key: 2, text: t('organizationsIntro', isolate({ town })) }),
    ' ',
    createElement(Sentence, { key: 3, text: t('organizationCount', { count }) }),
  ])
}

/** Sentences of the plan and the open-data page as their pages write them (through `sentence()`). */
function PlanSentences({ since, edition, date, town }: { since: string; edition: string; date: string; town: string }) {
  const plan = useTranslations('Plan')
  const data = useTranslations('OpenData')
  return createElement('p', null, [
    createElement(Sentence, { key: 1, text: sentence(plan, 'since', { date: since }) }),
    createElement(Sentence, { key: 2, text: sentence(plan, 'statusChange', { from: withNote(edition, date), to: 'x' }) }),
    createElement(Sentence, { key: 3, text: sentence(plan, 'measureCount', { count: 30 }) }),
    createElement(Sentence, { key: 4, text: sentence(data, 'attribution', { town }) }),
  ])
}

/** The text of the page outside every `<bdi>`, and the texts inside them. */
function split(html: string) {
  const inside: string[] = []
  const outside = html.replace(/<bdi[^>]*>([\s\S]*?)<\/bdi>/g, (_, text: string) => {
    inside.push(text.replace(/<[^>]+>/g, ''))
    return '\u0000'
  })
  return { inside, outside: outside.replace(/<[^>]+>/g, '') }
}

/** `value` is shown, and only ever inside an isolating element. */
function expectIsolated(html: string, ...values: string[]) {
  const { inside, outside } = split(html)
  for (const value of values) {
    expect(inside.some((text) => text.includes(value))).toBe(true)
    expect(outside).not.toContain(value)
  }
}

const digits = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n)

describe.each(['ar', 'fa'] as const)('%s: sentences with values', (locale) => {
  test('the town in the greeting and in the organisations sentence, the count after it', () => {
    const html = render(locale, createElement(HomeSentences, { town: 'Eisenach', count: 11 }))
    expectIsolated(html, 'Eisenach', digits(locale, 11))
    // Punctuation stays outside the isolates, in the sentence's direction.
    expect(new Set(split(html).inside)).toEqual(new Set(['Eisenach', digits(locale, 11)]))
  })

  test('a measure\'s start date, an edition with its date, the measure count and the open-data attribution', () => {
    const html = render(locale, createElement(PlanSentences, { since: '13.10.2020', edition: 'Integrationskonzept 2020', date: '31.12.2020', town: 'Eisenach' }))
    expectIsolated(html, '13.10.2020', 'Integrationskonzept 2020 (31.12.2020)', digits(locale, 30), 'Eisenach')
    // The edition's brackets sit inside its isolate, after the name.
    expect(html).toContain('<bdi>Integrationskonzept 2020 (31.12.2020)</bdi>')
  })

  test('cost and languages of a service: the amount isolated, the list joined with "و"', () => {
    const html = render(locale, createElement(ServiceMeta, { languages: ['de', 'en', 'ar'], cost: { type: 'fee', amount: 12.5 }, locale }))
    const { inside, outside } = split(html)
    expect(outside).toContain('و')
    // Each language name is its own isolate (3), and the amount is one.
    expect(inside.length).toBeGreaterThanOrEqual(4)
    expectIsolated(html, new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(12.5))
  })

  test('German names of partners: each isolated, the conjunction and commas between them', () => {
    const names = ['Caritas Eisenach', 'Diakonie Wartburgkreis', 'AWO Thüringen']
    const html = render(locale, createElement(IsolatedList, { items: names, locale, lang: 'de' }))
    expectIsolated(html, ...names)
    expect(html).toMatch(/<bdi lang="de">Diakonie Wartburgkreis<\/bdi>[^<]*و[^<]*<bdi lang="de">AWO Thüringen<\/bdi>/)
  })

  test('"opens on Monday at 09:00" and the status counts', () => {
    const opens = render(locale, createElement(OpenStatus, { state: { state: 'closed', opensAt: { date: '2099-01-05', day: 'mon', time: '09:00' } }, timeZone: 'Europe/Berlin' }))
    // The time as the reader's language writes it ("9:00 ص", "۹:۰۰"), isolated as one value.
    expectIsolated(opens, formatClock('09:00', locale))
    const counts = render(locale, createElement(StatusCounts, { counts: { ongoing: 7 } }))
    expectIsolated(counts, digits(locale, 7))
  })

  test('a phone number inside the text is a call link whose digits stay left-to-right', () => {
    const body = richTextFromBlocks(
      [
        'إذا كانت العيادة مغلقة، فاتصلوا بالخدمة الطبية المناوبة (ärztlicher Bereitschaftsdienst) على الرقم 116117. وفي حالات الخطر على الحياة اتصلوا فورًا بالرقم 112.',
        '- 116016 – خط المساعدة «العنف ضد النساء» (Hilfetelefon „Gewalt gegen Frauen“): على مدار الساعة',
        'المكتب: Markt 2، 99817 Eisenach، الهاتف 03691 670-0، منذ 2026.',
      ].join('\n\n'),
    )
    // The Arabic text is what a Persian reader gets too when there is no Persian one.
    const html = render(locale, createElement(LocalizedRichText, { value: { ar: body } as unknown as SerializedEditorState, reader: locale, townDefault: 'ar' }))
    const links = [
      ['tel:116117', 'tel-link tel-short', '116117'],
      ['tel:112', 'tel-link tel-short', '112'],
      ['tel:116016', 'tel-link tel-short', '116016'],
      ['tel:+4936916700', 'tel-link', '03691 670-0'],
    ] as const
    for (const [href, className, text] of links) expect(html).toContain(`<a href="${href}" class="${className}"><bdi dir="ltr">${text}</bdi></a>`)
    expect(html.match(/href="tel:/g)).toHaveLength(4)
    expectIsolated(html, 'ärztlicher Bereitschaftsdienst', 'Hilfetelefon „Gewalt gegen Frauen“', 'Markt 2', 'Eisenach')
    expect(html).toContain('(<bdi>ärztlicher Bereitschaftsdienst</bdi>)')
    // A bullet item carries no `value` (the HTML checker allows it only in a numbered list).
    expect(html).toMatch(/<ul class="list-bullet"><li>/)
    expect(html).not.toMatch(/<li[^>]* value=/)
  })

  test('emergency numbers are big call buttons named in the reader\'s language', () => {
    const html = render(locale, createElement(EmergencyCalls))
    const m = messages(locale).Emergency ?? {}
    for (const [number, key] of [['112', 'fire'], ['110', 'police'], ['116117', 'doctor'], ['116016', 'womenHelpline']] as const) {
      expect(html).toContain(`href="tel:${number}"`)
      expect(html).toContain(`<bdi dir="ltr" class="call-number">${number}</bdi>`)
      expect(html).toContain(m[key]?.replace(/"/g, '&quot;'))
    }
    expect(html.match(/class="call-button"/g)).toHaveLength(4)
  })
})

describe('dates in components are Gregorian, in the reader\'s digits', () => {
  const hours = { slots: [{ day: 'mon' as const, opens: '09:00', closes: '12:00' }], closure: { from: '2026-12-21T00:00:00Z', to: '2027-01-04T00:00:00Z' } }

  test.each([
    ['fa', ['۲۱ دسامبر ۲۰۲۶', '۴ ژانویهٔ ۲۰۲۷'], /۱۴۰۵/],
    ['ps', ['دسمبر ۲۱', 'جنوري ۴'], /۱۴۰۵/],
    ['ar', ['21 ديسمبر 2026', '4 يناير 2027'], null],
  ] as const)('%s: a closure from … to …', (locale, gregorian, solarHijri) => {
    const html = render(locale, createElement(HoursTable, { hours, timeZone: 'Europe/Berlin', locale }))
    const { inside } = split(html)
    for (const date of gregorian) expect(inside.some((text) => text.includes(date))).toBe(true)
    // The Solar Hijri date only in brackets after the Gregorian one.
    if (solarHijri) expect(inside.join(' ')).toMatch(new RegExp(`\\(.*${solarHijri.source}.*\\)`))
  })
})
