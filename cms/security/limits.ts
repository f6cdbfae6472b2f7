import { createRateLimiter, type RateLimiter, type RateLimitRule } from './rateLimiter'

const MINUTE = 60 * 1000

/**
 * Every rate limit of the app, in one place. Keys are the client's address
 * (cms/security/clientAddress.ts), for some limits combined with the account concerned.
 */
export const LIMITS = {
  /** Barrier reports: more than a person writes, fewer than a script stores. */
  feedback: { name: 'feedback', max: 5, windowMs: 10 * MINUTE },
  /** Wrong passwords from one address, whatever the account: stops spraying many accounts. */
  loginAddress: { name: 'login-address', max: 30, windowMs: 15 * MINUTE },
  /**
   * Wrong passwords for one account from one address. Keyed by both, so nobody elsewhere can
   * use it to lock the account's owner out (which Payload's per-account lock allowed).
   */
  loginAccount: { name: 'login-account', max: 5, windowMs: 15 * MINUTE },
  /** Password-reset requests from one address, and for one account from one address. */
  forgotAddress: { name: 'forgot-address', max: 10, windowMs: 60 * MINUTE },
  forgotAccount: { name: 'forgot-account', max: 3, windowMs: 60 * MINUTE },
  /** Tries of a reset or confirmation token from one address. */
  tokenAddress: { name: 'token-address', max: 10, windowMs: 15 * MINUTE },
  /** E-mail changes requested by one account from one address (each sends a mail). */
  emailChange: { name: 'email-change', max: 5, windowMs: 60 * MINUTE },
  /** Wrong two-factor codes (app or recovery) from one address, and for one account from one address: as passwords. */
  twoFactorAddress: { name: 'two-factor-address', max: 30, windowMs: 15 * MINUTE },
  twoFactorAccount: { name: 'two-factor-account', max: 5, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitRule>

export type LimitName = keyof typeof LIMITS

/**
 * Every endpoint behind a limit (REST paths under /api, default slugs). The sweep test
 * (tests/security/client-address.test.ts) sends forged addresses to each of them, so a new
 * limited endpoint belongs here. The barrier-report server action shares `feedback`.
 */
export const RATE_LIMITED_ENDPOINTS = [
  { method: 'POST', path: '/accessibility-feedback/submit', limits: ['feedback'] },
  { method: 'POST', path: '/users/login', limits: ['loginAddress', 'loginAccount'] },
  { method: 'POST', path: '/users/forgot-password', limits: ['forgotAddress', 'forgotAccount'] },
  { method: 'POST', path: '/users/reset-password', limits: ['tokenAddress'] },
  { method: 'POST', path: '/users/confirm-email', limits: ['tokenAddress'] },
  { method: 'PATCH', path: '/users/:id', limits: ['emailChange'] },
  { method: 'POST', path: '/users/two-factor/verify', limits: ['twoFactorAddress', 'twoFactorAccount'] },
  { method: 'POST', path: '/users/two-factor/confirm', limits: ['twoFactorAddress', 'twoFactorAccount'] },
  { method: 'POST', path: '/users/two-factor/disable', limits: ['twoFactorAddress', 'twoFactorAccount'] },
] as const satisfies readonly { method: 'POST' | 'PATCH'; path: string; limits: readonly LimitName[] }[]

declare global {
  /** The process's rate limiters (see limiter). */
  var __integrationPortalRateLimiters: Map<LimitName, RateLimiter> | undefined
}

/**
 * The process's limiter for a limit. Kept on globalThis: Next.js may load this module once
 * per route bundle, and the REST API and the portal's server action must count together.
 */
export function limiter(name: LimitName): RateLimiter {
  const all = (globalThis.__integrationPortalRateLimiters ??= new Map())
  let found = all.get(name)
  if (!found) all.set(name, (found = createRateLimiter(LIMITS[name])))
  return found
}
