import { type Config, defaultLoggerOptions } from 'payload'
import { currentRequest } from './requestContext'

type LoggerConfig = Extract<NonNullable<Config['logger']>, { options: unknown }>

/**
 * Payload's logger (pino) with the request's id on every line written while handling it, so
 * that all lines of one request can be found by the id its answer carried (X-Request-Id, the
 * error pages). In production one JSON object a line (journald, log shippers); in development
 * and with LOG_FORMAT=pretty Payload's pretty lines. LOG_LEVEL sets the level (default info).
 */
export function portalLogger(): LoggerConfig {
  const options: LoggerConfig['options'] = {
    level: process.env.LOG_LEVEL || 'info',
    mixin: () => {
      const request = currentRequest()
      return request ? { requestId: request.requestId } : {}
    },
  }
  const pretty = process.env.NODE_ENV !== 'production' || process.env.LOG_FORMAT === 'pretty'
  return pretty ? { options, destination: defaultLoggerOptions } : { options }
}
