import { en, type PortalKey } from '@cms/i18n/en'
import type { TargetField } from './types'

export interface FieldInfo {
  /**
   * The field's name in the admin's mapping form (in the user's language), and in English in the
   * run's messages when the column has no header of its own. Mostly the collection field's own key.
   */
  label: PortalKey
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
    label: 'field.externalId',
    synonyms: ['externe id', 'external id', 'id', 'angebots id', 'angebot id', 'angebotsnummer', 'service id', 'kennung'],
    maxLength: 120,
  },
  title: {
    label: 'field.title',
    synonyms: ['angebot', 'titel', 'title', 'angebotsname', 'name des angebots', 'bezeichnung', 'service', 'service name', 'service title'],
    required: true,
    maxLength: 160,
  },
  summary: {
    label: 'field.summary',
    synonyms: ['kurzbeschreibung', 'kurztext', 'zusammenfassung', 'summary', 'short description'],
    maxLength: 300,
  },
  description: {
    label: 'field.description',
    synonyms: ['beschreibung', 'angebotsbeschreibung', 'langtext', 'details', 'description'],
    maxLength: 20000,
  },
  kind: {
    label: 'services.kind',
    synonyms: ['kategorie', 'art', 'angebotsart', 'typ', 'category', 'kind', 'type', 'service type'],
  },
  topics: {
    label: 'field.topics',
    synonyms: ['themen', 'thema', 'themenbereich', 'topics', 'topic'],
  },
  audiences: {
    label: 'field.audiences',
    synonyms: ['zielgruppe', 'zielgruppen', 'fuer wen', 'audience', 'audiences', 'target group', 'target groups'],
  },
  languages: {
    label: 'field.languages',
    synonyms: ['sprachen', 'sprache', 'beratungssprachen', 'angebotssprachen', 'languages', 'language', 'spoken languages'],
  },
  cost: {
    label: 'field.cost',
    synonyms: ['kosten', 'gebuehr', 'gebuehren', 'preis', 'cost', 'costs', 'fee', 'fees', 'price'],
    maxLength: 200,
  },
  phone: {
    label: 'field.phone',
    synonyms: ['telefon', 'tel', 'telefonnummer', 'phone', 'telephone', 'phone number'],
    maxLength: 40,
  },
  email: {
    label: 'field.email',
    synonyms: ['e mail', 'email', 'mail', 'e mail adresse', 'email adresse', 'email address', 'e mail address'],
    maxLength: 254,
  },
  contactPerson: {
    label: 'services.contactPerson',
    synonyms: ['ansprechperson', 'ansprechpartner', 'ansprechpartnerin', 'ansprechpartner in', 'kontaktperson', 'contact person', 'contact'],
    maxLength: 120,
  },
  organizationExternalId: {
    label: 'importPanel.field.organizationExternalId',
    synonyms: ['traeger id', 'organisation id', 'organisations id', 'organization id', 'org id', 'anbieter id', 'organisation external id', 'organization external id'],
    maxLength: 120,
  },
  organization: {
    label: 'field.organization',
    synonyms: ['organisation', 'organization', 'traeger', 'traegername', 'anbieter', 'einrichtung', 'organisation name', 'organization name', 'provider'],
    required: true,
    maxLength: 160,
  },
  website: {
    label: 'field.website',
    synonyms: ['website', 'webseite', 'internetseite', 'internet', 'homepage', 'url', 'web'],
    maxLength: 2048,
  },
  locationExternalId: {
    label: 'importPanel.field.locationExternalId',
    synonyms: ['standort id', 'location id', 'standort external id', 'location external id'],
    maxLength: 120,
  },
  locationName: {
    label: 'importPanel.field.locationName',
    synonyms: ['standort', 'standortname', 'name des standorts', 'location', 'location name', 'venue'],
    maxLength: 160,
  },
  street: {
    label: 'field.street',
    synonyms: ['strasse', 'strasse und hausnummer', 'strasse hausnummer', 'adresse', 'anschrift', 'street', 'street address', 'address'],
    maxLength: 160,
  },
  postalCode: {
    label: 'field.postalCode',
    synonyms: ['plz', 'postleitzahl', 'postal code', 'postcode', 'post code', 'zip', 'zip code'],
  },
  city: {
    label: 'field.city',
    synonyms: ['ort', 'stadt', 'gemeinde', 'city', 'town'],
    maxLength: 120,
  },
  latitude: {
    label: 'locations.latitude',
    synonyms: ['breitengrad', 'breite', 'geografische breite', 'latitude', 'lat'],
  },
  longitude: {
    label: 'locations.longitude',
    synonyms: ['laengengrad', 'laenge', 'geografische laenge', 'longitude', 'lon', 'lng', 'long'],
  },
  openingHours: {
    label: 'field.hours',
    synonyms: ['oeffnungszeiten', 'sprechzeiten', 'beratungszeiten', 'zeiten', 'opening hours', 'office hours', 'hours'],
  },
}

/** The field's English name, for the run's messages and the command line (both English). */
export const englishName = (field: TargetField): string => en[FIELD_INFO[field].label]

/** The fields that describe a place: given one, the row needs a full address. */
export const LOCATION_FIELDS: TargetField[] = ['locationExternalId', 'locationName', 'street', 'postalCode', 'city', 'latitude', 'longitude', 'openingHours']
