export declare function requestIdOf(incoming: string | string[] | undefined): string
export declare function jsonLine(method: 'debug' | 'log' | 'info' | 'warn' | 'error', args: unknown[], requestId?: string): string
export declare function installJsonConsole(currentRequestId: () => string | undefined): void
export declare function logJson(fields: Record<string, unknown>): void
