import type { Payload } from 'payload'
import { restClient } from './rest'
import { bootWorld, PASSWORD } from './world'

export type Role = 'admin' | 'editor1' | 'editor2' | 'providerA' | 'providerB' | 'providerC'

const EMAILS: Record<Role, string> = {
  admin: 'admin@test.example',
  editor1: 'editor1@test.example',
  editor2: 'editor2@test.example',
  providerA: 'provider-a@test.example',
  providerB: 'provider-b@test.example',
  providerC: 'provider-c@test.example',
}

/** Boots Payload, builds the world and logs every role in through REST. */
export async function setupWorld() {
  const { payload, cleanup, world } = await bootWorld()
  const api = await restClient(payload.config)
  const tokens = {} as Record<Role, string>
  for (const role of Object.keys(EMAILS) as Role[]) tokens[role] = await api.login(EMAILS[role], PASSWORD)
  return { payload: payload as Payload, cleanup, world, api, tokens }
}
