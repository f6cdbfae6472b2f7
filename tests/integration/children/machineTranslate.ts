/**
 * "Translate" for one document into every language it misses, in a process of its own
 * (tests/integration/translation-crash.test.ts kills it): the machine-translation endpoint through
 * Payload's REST handler, as the admin's button calls it. Arguments: collection, ID, e-mail, password.
 */
import { getPayload } from 'payload'
import config from '@cms/payload.config'
import { armWriteCrash } from '@cms/longWork/crashPoint'
import { afterResponseSettled } from '@cms/security/afterResponse'
import { restClient } from '../helpers/rest'

const [collection = '', id = '', email = '', password = ''] = process.argv.slice(2)
const payload = await getPayload({ config })
const api = await restClient(payload.config)
const token = await api.login(email, password)
// Counted from here: the login's own writes are not the translation's.
armWriteCrash(payload)
process.stdout.write('ready\n')
const res = await api.request('POST', `/${collection}/${id}/machine-translate`, { token, json: {} })
process.stdout.write(`status ${res.status} ${JSON.stringify(res.body)}\n`)
await afterResponseSettled()
await payload.destroy()
process.exit(0)
