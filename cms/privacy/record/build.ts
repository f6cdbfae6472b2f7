import type { Municipality } from '@cms/payload-types'
import { emailSettingsFromEnv } from '@cms/email/settings'
import { backupSchedule, DEFAULT_KEEP } from '@cms/backup/settings'
import type { ProcessingRecord } from '@shared/processingRecord'
import { retentionPeriods } from '../settings'
import type { RetentionKind } from '../retention/types'
import { TECHNICAL_MEASURES } from './measures'

type Town = Pick<Municipality, 'name' | 'contact' | 'dataProtectionOfficer'>

/** Where e-mails go: the SMTP server of the configuration (a processor when it is not the town's own). */
function mailRecipient(env: NodeJS.ProcessEnv): string {
  const { smtp } = emailSettingsFromEnv(env)
  return smtp ? `E-Mail-Versand über den SMTP-Server ${smtp.host} (Auftragsverarbeiter, wenn nicht von der Kommune selbst betrieben)` : 'kein E-Mail-Versand konfiguriert (E-Mails werden nur im Protokoll des Servers ausgegeben)'
}

/** Backups keep deleted data until the oldest copy is replaced: the record says how long. */
function backupNote(env: NodeJS.ProcessEnv): string | null {
  try {
    const schedule = backupSchedule(env.BACKUP_SCHEDULE)
    const keep = Number(env.BACKUP_KEEP?.trim() || DEFAULT_KEEP)
    return schedule ? `Sicherungskopien: die letzten ${keep} Stände nach dem Zeitplan „${schedule}“; gelöschte Daten verschwinden mit dem Überschreiben der ältesten Sicherung` : null
  } catch {
    // A malformed schedule stops the backup job at start (cms/backup/settings.ts); the record just leaves it out.
    return null
  }
}

/**
 * The record of processing activities of one town, from the configuration: the town's own
 * contact and data protection officer, every kind of the retention registry with the periods
 * the deletion job applies, the e-mail route and backups of this installation.
 */
export function buildProcessingRecord(town: Town, kinds: RetentionKind[], now = new Date(), env = process.env): ProcessingRecord {
  const periods = retentionPeriods()
  const mail = mailRecipient(env)
  const c = town.contact
  const controller = [town.name, c?.office, c?.street, [c?.postalCode, c?.city].filter(Boolean).join(' '), c?.email ? `E-Mail: ${c.email}` : null, c?.phone ? `Telefon: ${c.phone}` : null].filter(
    (line): line is string => typeof line === 'string' && line.trim() !== '',
  )
  const backups = backupNote(env)
  return {
    town: town.name,
    controller,
    dataProtectionOfficer: town.dataProtectionOfficer?.trim() || null,
    generatedAt: now.toISOString(),
    activities: kinds.map((kind) => {
      const activity = kind.record(periods)
      // The e-mail route is the installation's, not the kind's: filled in here, once.
      return { ...activity, recipients: activity.recipients.map((r) => (r.startsWith('der E-Mail-Dienst') ? `${r}: ${mail}` : r)) }
    }),
    measures: [...TECHNICAL_MEASURES, ...(backups ? [backups] : [])],
    thirdCountries: 'Keine. Das Portal lädt keine Inhalte von Drittanbietern (keine externen Schriften, Karten oder Statistikdienste); Daten werden nur an die oben genannten Empfänger übermittelt.',
  }
}
