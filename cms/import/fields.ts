import type { TargetField } from './types'

export interface FieldInfo {
  /** Shown in the admin's mapping form and in messages when the column has no header of its own. */
  label: { en: string; de: string }
  /** Headers that mean this field, German and English, already normalised (see `normalizeHeader`). */
  synonyms: string[]
  /** Without it a row cannot be imported at all. */
  required?: boolean
  maxLength?: number
}

/**
 * The columns towns' spreadsheets have, and what they are called there. The lists are matched
 * exactly after normalising (lowercase, umlauts folded, punctuation and a trailing "(…)"
 * dropped), so a column like "Sprachen (ISO-Codes)" still counts as "sprachen".
 */
export const FIELD_INFO: Record<TargetField, FieldInfo> = {
  externalId: {
    label: { en: 'External ID', de: 'Externe ID' },
    synonyms: ['externe id', 'external id', 'id', 'angebots id', 'angebot id', 'angebotsnummer', 'service id', 'kennung'],
    maxLength: 120,
  },
  title: {
    label: { en: 'Title', de: 'Angebot' },
    synonyms: ['angebot', 'titel', 'title', 'angebotsname', 'name des angebots', 'bezeichnung', 'service', 'service name', 'service title'],
    required: true,
    maxLength: 160,
  },
  summary: {
    label: { en: 'Summary', de: 'Kurzbeschreibung' },
    synonyms: ['kurzbeschreibung', 'kurztext', 'zusammenfassung', 'summary', 'short description'],
    maxLength: 300,
  },
  description: {
    label: { en: 'Description', de: 'Beschreibung' },
    synonyms: ['beschreibung', 'angebotsbeschreibung', 'langtext', 'details', 'description'],
    maxLength: 20000,
  },
  kind: {
    label: { en: 'Category', de: 'Kategorie' },
    synonyms: ['kategorie', 'art', 'angebotsart', 'typ', 'category', 'kind', 'type', 'service type'],
  },
  topics: {
    label: { en: 'Topics', de: 'Themen' },
    synonyms: ['themen', 'thema', 'themenbereich', 'topics', 'topic'],
  },
  audiences: {
    label: { en: 'Audience', de: 'Zielgruppe' },
    synonyms: ['zielgruppe', 'zielgruppen', 'fuer wen', 'audience', 'audiences', 'target group', 'target groups'],
  },
  languages: {
    label: { en: 'Languages', de: 'Sprachen' },
    synonyms: ['sprachen', 'sprache', 'beratungssprachen', 'angebotssprachen', 'languages', 'language', 'spoken languages'],
  },
  cost: {
    label: { en: 'Cost', de: 'Kosten' },
    synonyms: ['kosten', 'gebuehr', 'gebuehren', 'preis', 'cost', 'costs', 'fee', 'fees', 'price'],
    maxLength: 200,
  },
  phone: {
    label: { en: 'Phone', de: 'Telefon' },
    synonyms: ['telefon', 'tel', 'telefonnummer', 'phone', 'telephone', 'phone number'],
    maxLength: 40,
  },
  email: {
    label: { en: 'E-mail', de: 'E-Mail' },
    synonyms: ['e mail', 'email', 'mail', 'e mail adresse', 'email adresse', 'email address', 'e mail address'],
    maxLength: 254,
  },
  contactPerson: {
    label: { en: 'Contact person', de: 'Ansprechperson' },
    synonyms: ['ansprechperson', 'ansprechpartner', 'ansprechpartnerin', 'ansprechpartner in', 'kontaktperson', 'contact person', 'contact'],
    maxLength: 120,
  },
  organizationExternalId: {
    label: { en: 'Organisation ID', de: 'Träger-ID' },
    synonyms: ['traeger id', 'organisation id', 'organisations id', 'organization id', 'org id', 'anbieter id', 'organisation external id', 'organization external id'],
    maxLength: 120,
  },
  organization: {
    label: { en: 'Organisation', de: 'Organisation' },
    synonyms: ['organisation', 'organization', 'traeger', 'traegername', 'anbieter', 'einrichtung', 'organisation name', 'organization name', 'provider'],
    required: true,
    maxLength: 160,
  },
  website: {
    label: { en: 'Website', de: 'Website' },
    synonyms: ['website', 'webseite', 'internetseite', 'internet', 'homepage', 'url', 'web'],
    maxLength: 2048,
  },
  locationExternalId: {
    label: { en: 'Location ID', de: 'Standort-ID' },
    synonyms: ['standort id', 'location id', 'standort external id', 'location external id'],
    maxLength: 120,
  },
  locationName: {
    label: { en: 'Location', de: 'Standort' },
    synonyms: ['standort', 'standortname', 'name des standorts', 'location', 'location name', 'venue'],
    maxLength: 160,
  },
  street: {
    label: { en: 'Street', de: 'Straße' },
    synonyms: ['strasse', 'strasse und hausnummer', 'strasse hausnummer', 'adresse', 'anschrift', 'street', 'street address', 'address'],
    maxLength: 160,
  },
  postalCode: {
    label: { en: 'Postcode', de: 'PLZ' },
    synonyms: ['plz', 'postleitzahl', 'postal code', 'postcode', 'post code', 'zip', 'zip code'],
  },
  city: {
    label: { en: 'City', de: 'Ort' },
    synonyms: ['ort', 'stadt', 'gemeinde', 'city', 'town'],
    maxLength: 120,
  },
  latitude: {
    label: { en: 'Latitude', de: 'Breitengrad' },
    synonyms: ['breitengrad', 'breite', 'geografische breite', 'latitude', 'lat'],
  },
  longitude: {
    label: { en: 'Longitude', de: 'Längengrad' },
    synonyms: ['laengengrad', 'laenge', 'geografische laenge', 'longitude', 'lon', 'lng', 'long'],
  },
  openingHours: {
    label: { en: 'Opening hours', de: 'Öffnungszeiten' },
    synonyms: ['oeffnungszeiten', 'sprechzeiten', 'beratungszeiten', 'zeiten', 'opening hours', 'office hours', 'hours'],
  },
}

/** The fields that describe a place: given one, the row needs a full address. */
export const LOCATION_FIELDS: TargetField[] = ['locationExternalId', 'locationName', 'street', 'postalCode', 'city', 'latitude', 'longitude', 'openingHours']
