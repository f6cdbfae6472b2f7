import fs from 'node:fs'
import path from 'node:path'
import { SERVER_NODE_FLAGS } from '../../scripts/lib.mjs'

// The production server runs with the same Node flags however it is started.
const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), 'utf8')

test('npm start, the systemd unit and the scripts start the server with the same flags', () => {
  expect(SERVER_NODE_FLAGS.length).toBeGreaterThan(0)
  const expected = `node ${SERVER_NODE_FLAGS.join(' ')} web/server.mjs`
  const start: unknown = JSON.parse(read('package.json')).scripts.start
  expect(start).toBe(expected)
  const execStart = read('deploy/systemd/integrationsportal.service').match(/^ExecStart=\/usr\/bin\/(.*)$/m)?.[1]
  expect(execStart).toBe(expected)
})
