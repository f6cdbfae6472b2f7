/**
 * The record of processing activities (Verzeichnis von Verarbeitungstätigkeiten, DSGVO Art. 30(1))
 * as Markdown, in German: the town is the controller and keeps it for its supervisory authority.
 * Pure: cms/privacy/record/ fills it from the installation's configuration and the retention
 * registry, so the periods printed here are the ones the deletion job applies.
 */

export interface ProcessingActivity {
  /** Short name of the activity, e.g. "Barrieremeldungen". */
  title: string
  /** Art. 30(1)(b). */
  purposes: string[]
  legalBasis: string
  /** Art. 30(1)(c): categories of data … */
  data: string[]
  /** … and of data subjects. */
  persons: string[]
  /** Art. 30(1)(d). */
  recipients: string[]
  /** Art. 30(1)(f): when the data is deleted. */
  retention: string
}

export interface ProcessingRecord {
  town: string
  /** Name and address of the controller (Art. 30(1)(a)). */
  controller: string[]
  /** Contact of the data protection officer, as the town entered it. */
  dataProtectionOfficer: string | null
  /** When the record was generated (ISO). */
  generatedAt: string
  activities: ProcessingActivity[]
  /** Art. 30(1)(g) with Art. 32(1): technical and organisational measures. */
  measures: string[]
  /** Art. 30(1)(e). */
  thirdCountries: string
}

/** Text from the town's fields may hold Markdown characters; they must stay text. */
const plain = (text: string) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1')
const list = (items: string[]) => (items.length ? items.map((i) => `- ${plain(i)}`).join('\n') : '- keine')

/** The date in German notation (TT.MM.JJJJ, UTC). */
function germanDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-')
  return `${d}.${m}.${y}`
}

export function renderProcessingRecord(record: ProcessingRecord): string {
  const head = [
    `# Verzeichnis von Verarbeitungstätigkeiten – ${plain(record.town)}`,
    '',
    `Nach Art. 30 Abs. 1 DSGVO, erstellt aus der Konfiguration des Integrationsportals am ${germanDate(record.generatedAt)}. Die Aufbewahrungsfristen sind die, nach denen das Portal die Daten automatisch löscht.`,
    '',
    '## Verantwortlicher',
    '',
    ...(record.controller.length ? record.controller.map((line) => `${plain(line)}  `) : ['(bitte im Admin unter Kommune → Kontakt eintragen)']),
    '',
    '## Datenschutzbeauftragte oder Datenschutzbeauftragter',
    '',
    record.dataProtectionOfficer ? plain(record.dataProtectionOfficer) : '(bitte im Admin unter Kommune → Datenschutzbeauftragte/r eintragen)',
  ]
  const activities = record.activities.flatMap((a, i) => [
    '',
    `## ${i + 1}. ${plain(a.title)}`,
    '',
    '**Zwecke der Verarbeitung**',
    '',
    list(a.purposes),
    '',
    `**Rechtsgrundlage:** ${plain(a.legalBasis)}`,
    '',
    '**Kategorien personenbezogener Daten**',
    '',
    list(a.data),
    '',
    '**Kategorien betroffener Personen**',
    '',
    list(a.persons),
    '',
    '**Empfänger**',
    '',
    list(a.recipients),
    '',
    `**Löschfrist:** ${plain(a.retention)}`,
  ])
  const tail = [
    '',
    '## Übermittlung in Drittländer',
    '',
    plain(record.thirdCountries),
    '',
    '## Technische und organisatorische Maßnahmen (Art. 32 DSGVO)',
    '',
    list(record.measures),
    '',
  ]
  return [...head, ...activities, ...tail].join('\n')
}
