import type { CollectionConfig, Config } from 'payload'
import { twoFactorMode } from '@shared/twoFactor'
import { markSessionWithoutSecondStep } from './afterLogin'
import { twoFactorEndpoints } from './endpoints'
import { twoFactorFields } from './fields'
import { guardSecondFactor } from './guard'
import { TWO_FACTOR_VIEW_PATH } from './paths'
import type { TwoFactorSlugs } from './state'

export { requireTwoFactorField } from './fields'
export { markSessionDone } from './state'

export { TWO_FACTOR_VIEW_PATH } from './paths'

/**
 * Two-factor login (TOTP) on the users collection: its fields, endpoints and the login hook.
 * Security, not a feature: on even when the plugin is disabled (like the login throttle).
 */
export function withTwoFactorAccount(users: CollectionConfig, slugs: TwoFactorSlugs): CollectionConfig {
  return {
    ...users,
    fields: [...users.fields, ...twoFactorFields()],
    endpoints: [...(users.endpoints || []), ...twoFactorEndpoints(slugs)],
    hooks: { ...users.hooks, afterLogin: [...(users.hooks?.afterLogin ?? []), markSessionWithoutSecondStep(slugs)] },
  }
}

/**
 * The config's part: the admin's screen for the second step, the login page sending a pending
 * session there, and the guard that makes a pending session nobody (installed at start, once
 * Payload has built its login strategies).
 */
export function withTwoFactor(config: Config, slugs: TwoFactorSlugs): Config {
  // A mistyped TWO_FACTOR stops the start rather than weakening logins.
  twoFactorMode(process.env)
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeLogin: [...(config.admin?.components?.beforeLogin ?? []), { path: '/cms/components/TwoFactorLoginRedirect#TwoFactorLoginRedirect', serverProps: { slugs } }],
        views: {
          ...config.admin?.components?.views,
          // Custom views open without a full login (the code is asked there); the view checks the session itself.
          twoFactor: { Component: { path: '/cms/components/TwoFactorView#TwoFactorView', serverProps: { slugs } }, path: TWO_FACTOR_VIEW_PATH, exact: true },
        },
      },
    },
    onInit: async (payload) => {
      guardSecondFactor(payload, slugs)
      await config.onInit?.(payload)
    },
  }
}
