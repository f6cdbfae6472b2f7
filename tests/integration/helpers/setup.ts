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

/** Logs every role of the world in through REST. */
export async function logInAll(api: Awaited<ReturnType<typeof restClient>>): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>
  for (const role of Object.keys(EMAILS) as Role[]) tokens[role] = await api.login(EMAILS[role], PASSWORD)
  return tokens
}

/** Boots Payload with the world and every role logged in (once per run when the world comes from the template). */
export async function setupWorld() {
  const booted = await bootWorld()
  const api = await restClient(booted.payload.config)
  return { ...booted, payload: booted.payload as Payload, api, tokens: booted.tokens ?? (await logInAll(api)) }
}
