import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';

/** Paths pino replaces with [redacted]: credentials must never reach a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'apiKey',
  'password',
  'token',
  '*.apiKey',
  '*.OPENAI_API_KEY',
  '*.password',
  '*.token',
];

export function loggerOptions(
  config: Pick<Config, 'LOG_LEVEL'>,
): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
}
