/**
 * Saves a service over and over in a process of its own (tests/integration/update-crash.test.ts
 * kills it): save n writes version n of the texts of one language, the languages in turn.
 * Arguments: the service's ID, the first n, how many saves. Prints `saved n` after each.
 */
import { getPayload } from 'payload'
import config from '@cms/payload.config'
import { armWriteCrash } from '@cms/longWork/crashPoint'
import { EIGHT_LOCALES, textsOf } from '../../fixtures/localizedService'

const [id = '', from = '1', count = '1'] = process.argv.slice(2)
const payload = await getPayload({ config })
armWriteCrash(payload)
process.stdout.write('ready\n')
for (let n = Number(from); n < Number(from) + Number(count); n++) {
  const locale = EIGHT_LOCALES[n % EIGHT_LOCALES.length] ?? 'de'
  await payload.update({ collection: 'services', id, locale, overrideAccess: true, data: { ...textsOf(locale, n), _status: 'published' }, context: { disableRevalidate: true } })
  process.stdout.write(`saved ${n}\n`)
}
await payload.destroy()
process.exit(0)
