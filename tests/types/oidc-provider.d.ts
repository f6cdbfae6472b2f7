/**
 * The part of `oidc-provider` (a dev dependency without types of its own) the single sign-on
 * test uses to run a real provider.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

  interface Context {
    path: string
    req: IncomingMessage
    res: ServerResponse
  }
  interface Interaction {
    uid: string
    params: Record<string, unknown>
  }
  interface Account {
    accountId: string
    claims: () => Record<string, unknown>
  }
  interface Configuration {
    clients?: Record<string, unknown>[]
    claims?: Record<string, string[] | null>
    cookies?: { keys?: string[] }
    features?: Record<string, { enabled: boolean }>
    interactions?: { url?: (ctx: Context, interaction: Interaction) => string }
    findAccount?: (ctx: Context, sub: string) => Account | undefined | Promise<Account | undefined>
  }
  class Grant {
    constructor(options: { accountId: string; clientId: string })
    addOIDCScope(scope: string): void
    save(): Promise<string>
  }
  export default class Provider {
    constructor(issuer: string, configuration?: Configuration)
    Grant: typeof Grant
    use(middleware: (ctx: Context, next: () => Promise<void>) => Promise<void> | void): void
    callback(): RequestListener
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>
  }
}
