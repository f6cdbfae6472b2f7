import type { PrivacyTranslations } from './en'

export const privacyDe: PrivacyTranslations = {
  'users.lastLoginAt': 'Letzte Anmeldung',
  'users.lastLoginAt.help': 'Wird bei jeder Anmeldung gesetzt. Konten von Anbietern, die sich lange nicht angemeldet haben, werden nach einem Hinweis per E-Mail gelöscht.',
  'users.invitedAt': 'Eingeladen am',
  'users.invitedAt.help': 'Eine Einladung, die nicht rechtzeitig angenommen wird, wird mit diesem Konto gelöscht.',
  'users.leaveNoticeAt': 'Hinweis auf Löschung gesendet am',
  'users.leaveNoticeAt.help': 'Das Konto wird gelöscht, wenn sich die Person nicht anmeldet.',
  'municipalities.dataProtectionOfficer': 'Datenschutzbeauftragte/r',
  'municipalities.dataProtectionOfficer.help': 'Name oder Stelle und Kontakt der oder des Datenschutzbeauftragten der Kommune; steht im Verzeichnis von Verarbeitungstätigkeiten.',
  'accessibilityFeedback.closedAt': 'Abgeschlossen am',
  'accessibilityFeedback.closedAt.help': 'Wird gesetzt, wenn die Meldung beantwortet ist; die Meldung wird eine eingestellte Zeit danach gelöscht (standardmäßig 12 Monate).',

  'privacy.download.own': 'Meine Daten herunterladen',
  'privacy.download.other': 'Daten dieser Person herunterladen',
  'privacy.download.help': 'Alles, was das Portal zu diesem Konto speichert, als Datei (Auskunft nach Art. 15 DSGVO). Passwörter sind nie enthalten.',
  'privacy.erase.title': 'Konto löschen',
  'privacy.erase.help': 'Löscht das Konto mit seinen personenbezogenen Daten (Art. 17 DSGVO). Die bearbeiteten Einträge bleiben und gelten als von einem ehemaligen Benutzerkonto bearbeitet. Das lässt sich nicht rückgängig machen.',
  'privacy.erase.confirmLabel': 'Zur Bestätigung die E-Mail-Adresse des Kontos eingeben',
  'privacy.erase.button': 'Konto mit personenbezogenen Daten löschen',
  'privacy.erased': 'Das Konto und seine personenbezogenen Daten wurden gelöscht. Seine Einträge sind erhalten.',
  'privacy.record.link': 'Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)',
  'privacy.record.help': 'Erstellt aus den Einstellungen dieser Installation, als Markdown-Datei: Zwecke, Daten, Empfänger und Löschfristen.',

  'privacy.error.login': 'Bitte melden Sie sich an.',
  'privacy.error.notYours': 'Sie können nur die Daten Ihres eigenen Kontos herunterladen.',
  'privacy.error.adminsOnly': 'Nur die Administration kann Konten löschen.',
  'privacy.error.self': 'Sie können Ihr eigenes Konto nicht löschen. Bitten Sie eine andere Administratorin oder einen anderen Administrator.',
  'privacy.error.confirm': 'Die E-Mail-Adresse passt nicht zu diesem Konto. Es wurde nichts gelöscht.',
  'privacy.error.ownTown': 'Nur die Redaktion und die Administration der Kommune können ihr Verzeichnis von Verarbeitungstätigkeiten herunterladen.',

  'privacy.notice.subject': 'Ihr Konto im Integrationsportal wird gelöscht',
  'privacy.notice.greeting': 'Guten Tag,',
  'privacy.notice.body':
    'Ihr Konto ({{email}}) im Integrationsportal gehört zu keiner Organisation mehr oder wurde seit {{months}} Monaten nicht genutzt. Zum Schutz Ihrer Daten wird es am {{date}} mit Ihrem Namen und Ihrer E-Mail-Adresse gelöscht. Die Einträge, die Sie bearbeitet haben, bleiben im Portal.\n\nWenn Sie das Konto noch brauchen, melden Sie sich einfach vorher an:',
}
