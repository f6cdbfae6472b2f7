/**
 * The admin words of data protection (cms/privacy/): account fields, the Art. 15 download, the
 * Art. 17 erasure, the record of processing activities and the notice to providers who left.
 * Spread into each admin language's dictionary (cms/i18n/<lang>.ts).
 */
export const privacyEn = {
  'users.lastLoginAt': 'Last login',
  'users.lastLoginAt.help': 'Set at each login. Provider accounts without a login for a long time are deleted after a notice e-mail.',
  'users.invitedAt': 'Invited on',
  'users.invitedAt.help': 'An invitation not accepted in time is deleted with this account.',
  'users.leaveNoticeAt': 'Deletion notice sent on',
  'users.leaveNoticeAt.help': 'The account will be deleted unless the person logs in.',
  'municipalities.dataProtectionOfficer': 'Data protection officer',
  'municipalities.dataProtectionOfficer.help': 'Name or office and contact of the town’s data protection officer; printed in the record of processing activities.',
  'accessibilityFeedback.closedAt': 'Closed on',
  'accessibilityFeedback.closedAt.help': 'Set when the report is answered; the report is deleted a configured time after (12 months by default).',

  'privacy.download.own': 'Download my data',
  'privacy.download.other': 'Download this person’s data',
  'privacy.download.help': 'Everything the portal holds about this account, as a file (GDPR Art. 15). Passwords are never included.',
  'privacy.erase.title': 'Erase account',
  'privacy.erase.help': 'Deletes the account and its personal data (GDPR Art. 17). The entries it edited stay and are shown as edited by a former account. This cannot be undone.',
  'privacy.erase.confirmLabel': 'To confirm, type the account’s e-mail address',
  'privacy.erase.button': 'Erase account with its personal data',
  'privacy.erased': 'The account and its personal data were erased. Its entries were kept.',
  'privacy.record.link': 'Record of processing activities (GDPR Art. 30)',
  'privacy.record.help': 'Generated from this installation’s settings, in German, as a Markdown file: purposes, data, recipients and deletion periods.',

  'privacy.error.login': 'Please log in.',
  'privacy.error.notYours': 'You can download only the data of your own account.',
  'privacy.error.adminsOnly': 'Only administrators can erase accounts.',
  'privacy.error.self': 'You cannot erase your own account. Ask another administrator.',
  'privacy.error.confirm': 'The e-mail address does not match this account. Nothing was erased.',
  'privacy.error.ownTown': 'Only the town’s editors and administrators can download its record of processing activities.',

  'privacy.notice.subject': 'Your account on the integration portal will be deleted',
  'privacy.notice.greeting': 'Hello,',
  'privacy.notice.body':
    'your account ({{email}}) on the integration portal belongs to no organisation any more, or has not been used for {{months}} months. To protect your data, it will be deleted on {{date}} with your name and e-mail address. The entries you edited stay on the portal.\n\nIf you still need the account, simply log in before then:',
}

export type PrivacyKey = keyof typeof privacyEn
export type PrivacyTranslations = Record<PrivacyKey, string>
