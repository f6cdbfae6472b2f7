/** Select options of services (the values are stored; labels are for the admin). */
export const SERVICE_KINDS = [
  ['counselling', 'Counselling', 'Beratung'],
  ['language-course', 'Language course', 'Sprachkurs'],
  ['integration-course', 'Integration / orientation course', 'Integrations- / Orientierungskurs'],
  ['language-mediation', 'Language mediation', 'Sprachmittlung'],
  ['health', 'Health', 'Gesundheit'],
  ['work', 'Work and training', 'Arbeit und Ausbildung'],
  ['housing', 'Housing', 'Wohnen'],
  ['childcare-school', 'Childcare and school', 'Kinderbetreuung und Schule'],
  ['leisure', 'Leisure and encounter', 'Freizeit und Begegnung'],
  ['volunteering', 'Volunteering opportunity', 'Ehrenamt'],
  ['funding', 'Funding programme', 'Förderprogramm'],
  ['authority', 'Authority / office', 'Behörde / Amt'],
].map(([value, en, de]) => ({ value: value as string, label: { en: en as string, de: de as string } }))

export const COST_TYPES = [
  { value: 'free', label: { en: 'Free', de: 'Kostenlos' } },
  { value: 'fee', label: { en: 'Fee', de: 'Kostenpflichtig' } },
  { value: 'on-request', label: { en: 'On request', de: 'Auf Anfrage' } },
]

export const APPOINTMENT = [
  { value: 'no', label: { en: 'Not needed', de: 'Nicht nötig' } },
  { value: 'recommended', label: { en: 'Recommended', de: 'Empfohlen' } },
  { value: 'yes', label: { en: 'Needed', de: 'Nötig' } },
]

export const DELIVERY = [
  { value: 'in-person', label: { en: 'In person', de: 'Vor Ort' } },
  { value: 'online', label: { en: 'Online', de: 'Online' } },
  { value: 'phone', label: { en: 'By phone', de: 'Telefonisch' } },
]

export const SERVICE_STATUS = [
  { value: 'active', label: { en: 'Active', de: 'Aktiv' } },
  { value: 'temporarily-closed', label: { en: 'Temporarily closed', de: 'Vorübergehend geschlossen' } },
  { value: 'ended', label: { en: 'Ended', de: 'Beendet' } },
]
