import type { PortalSlugs } from '@cms/types'
import type { Field } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { validateEmail, validatePhone, validateUrl } from '@cms/fields/validators'
import { selectOptions } from '@cms/fields/selectOptions'
import { ASSESSMENT_METHODS, CONFORMANCE_LEVELS, type AssessmentMethod, type ConformanceLevel } from '@shared/vocabularies'

const CONFORMANCE_LABELS: Record<ConformanceLevel, [string, string]> = {
  full: ['Fully compliant', 'Vollständig vereinbar'],
  partial: ['Partially compliant', 'Teilweise vereinbar'],
  none: ['Not compliant', 'Nicht vereinbar'],
}

const METHOD_LABELS: Record<AssessmentMethod, [string, string]> = {
  'self-assessment': ['A self-assessment', 'Selbstbewertung'],
  external: ['A test by a third party (e.g. BITV test)', 'Prüfung durch Dritte (z. B. BITV-Test)'],
}

const name = { name: 'name', type: 'text', maxLength: 200 } as const
const email = { name: 'email', type: 'email', validate: validateEmail } as const
const address = { name: 'address', type: 'textarea', maxLength: 400, admin: { rows: 3 } } as const

/**
 * The town's "Erklärung zur Barrierefreiheit" (BITV 2.0 § 7, EU model statement 2018/1523):
 * the parts of the statement that differ by town. The portal adds the fixed wording and
 * headings in the reader's language (web/components/accessibility/).
 */
export function accessibilityStatementField(): Field {
  return {
    name: 'accessibility',
    label: { en: 'Accessibility statement (BITV 2.0)', de: 'Erklärung zur Barrierefreiheit (BITV 2.0)' },
    type: 'group',
    admin: { description: { en: 'Shown on the portal page “Accessibility”.', de: 'Erscheint im Portal auf der Seite „Barrierefreiheit“.' } },
    fields: [
      {
        name: 'conformance',
        label: { en: 'Conformance with BITV 2.0', de: 'Stand der Vereinbarkeit mit BITV 2.0' },
        type: 'select',
        // Not `required`: that would make the whole group required in the generated types.
        defaultValue: 'partial',
        options: selectOptions(CONFORMANCE_LEVELS, CONFORMANCE_LABELS),
      },
      {
        name: 'nonAccessible',
        label: { en: 'Non-accessible content', de: 'Nicht barrierefreie Inhalte' },
        type: 'richText',
        localized: true,
        editor: lexicalEditor(),
        admin: { description: { en: 'What is not accessible, why, and which accessible alternative there is.', de: 'Was nicht barrierefrei ist, warum, und welche barrierefreie Alternative es gibt.' } },
      },
      {
        name: 'statementDate',
        label: { en: 'Statement prepared or last reviewed on', de: 'Erklärung erstellt bzw. zuletzt überprüft am' },
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
      },
      {
        name: 'method',
        label: { en: 'Based on', de: 'Grundlage der Bewertung' },
        type: 'select',
        defaultValue: 'self-assessment',
        options: selectOptions(ASSESSMENT_METHODS, METHOD_LABELS),
      },
      {
        name: 'contact',
        label: { en: 'Contact for feedback', de: 'Kontakt für Rückmeldungen' },
        type: 'group',
        admin: { description: { en: 'Empty fields show the town’s general contact.', de: 'Leere Felder zeigen den allgemeinen Kontakt der Kommune.' } },
        fields: [
          name,
          email,
          { name: 'phone', type: 'text', validate: validatePhone },
          address,
        ],
      },
      {
        name: 'enforcement',
        label: { en: 'Enforcement / conciliation body', de: 'Durchsetzungs- bzw. Schlichtungsstelle' },
        type: 'group',
        admin: {
          description: {
            en: 'The body of your state (for a Thuringian town: the Landesdurchsetzungsstelle at the state commissioner for people with disabilities).',
            de: 'Die Stelle Ihres Landes (für Thüringer Kommunen: die Landesdurchsetzungsstelle beim Landesbeauftragten für Menschen mit Behinderungen).',
          },
        },
        fields: [name, address, email, { name: 'website', type: 'text', validate: validateUrl, admin: { placeholder: 'https://' } }],
      },
    ],
  }
}

/**
 * The home page's place for readers who need easy German or German Sign Language (BITV 2.0
 * § 4: an explanation of the site in Leichte Sprache and in DGS on the start page).
 */
export function easyAccessField(mediaSlug: PortalSlugs['media']): Field {
  const upload = mediaSlug
  return {
    name: 'easyAccess',
    label: { en: 'Easy German and sign language (home page)', de: 'Leichte Sprache und Gebärdensprache (Startseite)' },
    type: 'group',
    fields: [
      {
        name: 'easyGerman',
        label: { en: 'Explanation in easy German (Leichte Sprache)', de: 'Erklärung in Leichter Sprache' },
        type: 'richText',
        editor: lexicalEditor(),
        admin: {
          description: {
            en: 'Written in Leichte Sprache (always German): what this site offers, how to find your way, what the accessibility statement says, where to report a barrier.',
            de: 'In Leichter Sprache: was die Seite bietet, wie man sich zurechtfindet, was in der Erklärung zur Barrierefreiheit steht, wo man Barrieren meldet.',
          },
        },
      },
      {
        name: 'signLanguageVideo',
        label: { en: 'Video in German Sign Language (DGS)', de: 'Video in Deutscher Gebärdensprache (DGS)' },
        type: 'upload',
        relationTo: upload,
        filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
        admin: { description: { en: 'MP4 or WebM, up to 100 MB. Served from this server only.', de: 'MP4 oder WebM, bis 100 MB. Wird nur von diesem Server ausgeliefert.' } },
      },
      {
        name: 'signLanguageCaptions',
        label: { en: 'Captions of the video (WebVTT, .vtt)', de: 'Untertitel zum Video (WebVTT, .vtt)' },
        type: 'upload',
        relationTo: upload,
        filterOptions: { mimeType: { equals: 'text/vtt' } },
        // WCAG 1.2.2: a video with speech or signing needs captions for people who do not sign.
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.signLanguageVideo && !value ? 'A video needs captions: upload a WebVTT file (.vtt).' : true,
      },
      {
        name: 'signLanguagePoster',
        label: { en: 'Still image shown before the video plays', de: 'Standbild vor dem Abspielen' },
        type: 'upload',
        relationTo: upload,
        filterOptions: { mimeType: { in: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] } },
      },
    ],
  }
}
