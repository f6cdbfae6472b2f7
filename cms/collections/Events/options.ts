/** Select options of events (the values are stored and used in portal URLs; labels are for the admin). */
export const EVENT_CATEGORIES = [
  ['language-cafe', 'Language café', 'Sprachcafé'],
  ['women', 'Women', 'Frauen'],
  ['children-family', 'Children and family', 'Kinder und Familie'],
  ['counselling-day', 'Counselling day', 'Beratungstag'],
  ['course-start', 'Course start', 'Kursbeginn'],
  ['network-meeting', 'Network meeting', 'Netzwerktreffen'],
  ['information', 'Information event', 'Informationsveranstaltung'],
  ['culture-sport', 'Culture and sport', 'Kultur und Sport'],
  ['encounter', 'Encounter and celebration', 'Begegnung und Fest'],
  ['other', 'Other', 'Sonstiges'],
].map(([value, en, de]) => ({ value: value as string, label: { en: en as string, de: de as string } }))

export const EVENT_CATEGORY_VALUES = EVENT_CATEGORIES.map((c) => c.value)

export const EVENT_COST_TYPES = [
  { value: 'free', label: { en: 'Free', de: 'Kostenlos' } },
  { value: 'fee', label: { en: 'Fee', de: 'Kostenpflichtig' } },
  { value: 'donation', label: { en: 'Donation welcome', de: 'Spende erbeten' } },
]
