import type { PortalSlugs } from '@cms/types'
import type { Field } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { validateEmail, validatePhone, validateUrl } from '@cms/fields/validators'
import { selectOptions } from '@cms/fields/selectOptions'
import { ASSESSMENT_METHODS, CONFORMANCE_LEVELS } from '@shared/vocabularies'
import { tr } from '@cms/i18n/translate'
import { DAY_ONLY } from '@cms/fields/dayOnly'

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
    type: 'group',
    admin: { description: tr('municipalities.accessibility.help') },
    fields: [
      {
        name: 'conformance',
        type: 'select',
        // Not `required`: that would make the whole group required in the generated types.
        defaultValue: 'partial',
        options: selectOptions(CONFORMANCE_LEVELS, (v) => `option.conformance.${v}`),
      },
      {
        name: 'nonAccessible',
        type: 'richText',
        localized: true,
        editor: lexicalEditor(),
        admin: { description: tr('municipalities.nonAccessible.help') },
      },
      {
        name: 'statementDate',
        type: 'date',
        admin: { date: DAY_ONLY },
      },
      {
        name: 'method',
        type: 'select',
        defaultValue: 'self-assessment',
        options: selectOptions(ASSESSMENT_METHODS, (v) => `option.method.${v}`),
      },
      {
        name: 'contact',
        type: 'group',
        admin: { description: tr('municipalities.accessibilityContact.help') },
        fields: [
          name,
          email,
          { name: 'phone', type: 'text', validate: validatePhone },
          address,
        ],
      },
      {
        name: 'enforcement',
        type: 'group',
        admin: {
          description: tr('municipalities.enforcement.help'),
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
    type: 'group',
    fields: [
      {
        name: 'easyGerman',
        type: 'richText',
        editor: lexicalEditor(),
        admin: {
          description: tr('municipalities.easyGerman.help'),
        },
      },
      {
        name: 'signLanguageVideo',
        type: 'upload',
        relationTo: upload,
        filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
        admin: { description: tr('municipalities.signLanguageVideo.help') },
      },
      {
        name: 'signLanguageCaptions',
        type: 'upload',
        relationTo: upload,
        filterOptions: { mimeType: { equals: 'text/vtt' } },
        // WCAG 1.2.2: a video with speech or signing needs captions for people who do not sign.
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.signLanguageVideo && !value ? 'A video needs captions: upload a WebVTT file (.vtt).' : true,
      },
      {
        name: 'signLanguagePoster',
        type: 'upload',
        relationTo: upload,
        filterOptions: { mimeType: { in: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] } },
      },
    ],
  }
}
