/**
 * The technical and organisational measures the software itself provides (Art. 32 DSGVO), for
 * the record of processing activities. Each line is backed by code and tests (SECURITY.md).
 */
export const TECHNICAL_MEASURES: readonly string[] = [
  'Rollen- und Rechtekonzept: Administration, Redaktion je Kommune, Anbieter nur für die eigene Organisation; jede Sammlung mit ausdrücklichen Zugriffsregeln, durch Tests je Rolle geprüft',
  'Trennung der Kommunen (Mandanten): Beschäftigte sehen und ändern nur die Daten ihrer Kommune',
  'Passwörter nur als gesalzener Hash (PBKDF2); Einladungen per zeitlich begrenztem Link statt weitergegebener Passwörter',
  'Anmeldeversuche je Adresse und Konto gedrosselt; Sitzungen laufen nach 8 Stunden ab',
  'Zwei-Faktor-Anmeldung (TOTP, RFC 6238) mit einmaligen Wiederherstellungscodes, im Produktivbetrieb Pflicht für Administration und Redaktion; der Schlüssel verschlüsselt gespeichert (AES-256-GCM)',
  'Single Sign-on über den Identitätsanbieter der Kommune (OpenID Connect mit PKCE); Rollen folgen bei jeder Anmeldung den Gruppen des Anbieters, wer dort entfernt wird, verliert den Zugang',
  'Protokoll (Audit-Log) der Anmeldungen, Veröffentlichungen, Löschungen, Rollen- und Einstellungsänderungen, Exporte und Importe: nicht änderbar, nur für Administration und die Redaktion der eigenen Kommune lesbar',
  'Schreibende Anfragen mit Anmelde-Cookie nur von der eigenen Adresse des Portals (Schutz vor Cross-Site-Request-Forgery)',
  'Keine Cookies, IP-Adressen oder Browserkennungen von Besucherinnen und Besuchern gespeichert; keine Anfragen an Drittanbieter',
  'Automatische Löschung nach den oben genannten Fristen durch einen nächtlichen Auftrag (Speicherbegrenzung, Art. 5 Abs. 1 lit. e DSGVO)',
  'Auskunft (Art. 15): jede Person lädt die Daten ihres Kontos selbst herunter; Löschung (Art. 17): die Administration löscht ein Konto mit seinen personenbezogenen Daten, die Löschung wird ohne personenbezogene Daten protokolliert',
  'Dateien der Redaktion (Importe) liegen außerhalb öffentlich ausgelieferter Ordner; Uploads werden auf Typ und Größe geprüft',
]
