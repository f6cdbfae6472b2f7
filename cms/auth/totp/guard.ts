import type { AuthStrategyFunction, Payload } from 'payload'
import { isRecord } from '@cms/isRecord'
import { stateOf, type TwoFactorSlugs } from './state'

const GUARDED = Symbol.for('integration-portal.two-factor-guard')

/**
 * A password login whose second step is missing counts as nobody, everywhere: REST, GraphQL,
 * the admin (its `canUseAdmin`), server functions and every access rule see no user. Payload
 * checks a JWT in one place (its `local-jwt` strategy, which runs last); this wraps it. Other
 * strategies (API keys, single sign-on ones) are untouched. The two-factor endpoints see the
 * pending session through `sessionOf` (state.ts).
 */
export function guardSecondFactor(payload: Payload, slugs: TwoFactorSlugs): void {
  const index = payload.authStrategies.findIndex((s) => s.name === 'local-jwt')
  const strategy = payload.authStrategies[index]
  if (!strategy || GUARDED in strategy.authenticate) return
  const original = strategy.authenticate
  globalThis.__integrationPortalPayloadJWT = original
  const authenticate: AuthStrategyFunction = async (args) => {
    const result = await original(args)
    const user: unknown = result.user
    if (!isRecord(user) || user.collection !== slugs.users) return result
    const id = user.id
    if (typeof id !== 'string' && typeof id !== 'number') return { ...result, user: null }
    const state = await stateOf(args.payload, slugs, { ...user, id: String(id) }, typeof user._sid === 'string' ? user._sid : undefined)
    return state === 'done' ? result : { ...result, user: null }
  }
  payload.authStrategies[index] = { name: strategy.name, authenticate: Object.assign(authenticate, { [GUARDED]: true }) }
}
