/**
 * Demo accessibility statements and easy-German home texts. Both demo towns are in
 * Thuringia, so their enforcement body is the state's (ThürBarrWebG); check the address
 * before going live. No sign-language video: the demo cannot ship one, and the home page
 * must look right without it.
 */
import type { DemoTown } from './demoData'
import { richText, richTextFromBlocks } from './lexical'

const THURINGIA_ENFORCEMENT = {
  name: 'Landesdurchsetzungsstelle für digitale Barrierefreiheit beim Beauftragten für Menschen mit Behinderungen des Freistaats Thüringen',
  address: 'Werner-Seelenbinder-Straße 6\n99096 Erfurt',
  website: 'https://tlmb-thueringen.de/themen/barrierefreiheit/landesdurchsetzungsstelle',
}

export const accessibilityFor = (town: DemoTown) => ({
  conformance: 'partial' as const,
  statementDate: '2026-09-15T12:00:00.000Z',
  method: 'self-assessment' as const,
  nonAccessible: richTextFromBlocks(`
- Ältere PDF-Dokumente im Integrationskonzept sind nicht vollständig barrierefrei. Sie bekommen den Inhalt auf Anfrage als barrierefreies Dokument oder vorgelesen am Telefon.
- Die Karte im Angebotsverzeichnis ist eine Grafik. Alle Orte stehen mit Adresse auch in der Liste darunter.
- Texte von Anbietern sind nicht in allen Sprachen übersetzt. Fehlende Übersetzungen sind gekennzeichnet.`),
  contact: {
    name: town.contact.office,
    email: town.contact.email,
    phone: town.contact.phone,
    address: `${town.contact.street}\n${town.contact.postalCode} ${town.contact.city}`,
  },
  enforcement: THURINGIA_ENFORCEMENT,
})

/** The English version of the list above (the statement's other parts are UI text). */
export const nonAccessibleEn = () =>
  richText(
    'Some older PDF documents of the integration plan are not fully accessible. On request you get them as an accessible document or read out on the phone.',
    'The map in the service directory is a picture. Every place is also listed with its address below it.',
    'Texts of providers are not translated into every language. Missing translations are marked.',
  )

/** One sentence per paragraph: a rule of Leichte Sprache. */
export const easyGermanFor = (town: DemoTown) => {
  // "in Eisenach", but "im Landkreis …"
  const inTown = town.kind === 'district' ? `im ${town.name}` : `in ${town.name}`
  return richTextFromBlocks(`
Auf dieser Internet-Seite finden Sie Hilfe ${inTown}.

Die Seite ist für Menschen, die neu ${inTown} sind.

## Was gibt es auf dieser Seite?

- Erste Schritte: Was muss ich zuerst machen?
- Hilfe finden: Wer berät mich? Wo gibt es Sprach-Kurse?
- Termine: Was ist los ${inTown}?
- Neuigkeiten aus der Verwaltung.

## Wie finde ich mich zurecht?

Oben auf jeder Seite ist das Menü.

Dort können Sie auch die Sprache wechseln.

Ganz unten auf jeder Seite sind weitere Links.

## Barriere-Freiheit

Wir möchten: Alle Menschen können diese Seite gut benutzen.

Das klappt noch nicht überall.

Das steht in der Erklärung zur Barriere-Freiheit.

Sie finden einen Fehler? Oder etwas ist schwer?

Dann schreiben Sie uns.

Das Formular ist auf der Seite Barriere-Freiheit.`)
}
