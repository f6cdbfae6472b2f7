import { useTranslations } from '@web/i18n/translations'
import { EMERGENCY_NUMBERS, type EmergencyNumber } from '@shared/emergencyNumbers'
import { Icon } from './Icon'

const LABELS = { '112': 'fire', '110': 'police', '116117': 'doctor', '116016': 'womenHelpline' } as const satisfies Record<EmergencyNumber, string>

/**
 * The emergency and crisis numbers as big call buttons (at least 48 px high, the whole button
 * tappable), each named in the reader's language. The number is in `<bdi dir="ltr">` so "116 016"
 * keeps its digit groups in order in right-to-left pages.
 */
export function EmergencyCalls() {
  const t = useTranslations('Emergency')
  return (
    <section className="emergency-calls" aria-labelledby="emergency-calls">
      <h2 id="emergency-calls">{t('title')}</h2>
      <ul role="list">
        {EMERGENCY_NUMBERS.map((number) => (
          <li key={number}>
            <a className="call-button" href={`tel:${number}`}>
              <Icon name="phone" />
              <bdi dir="ltr" className="call-number">
                {number}
              </bdi>
              <span className="call-label">{t(LABELS[number])}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">{t('free')}</p>
    </section>
  )
}
