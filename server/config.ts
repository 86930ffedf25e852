/**
 * Configuration: read once at start from the environment (and an optional .env), validated with zod, then
 * passed down as a typed object. A bad value stops the start with one line naming the variable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { parseTrustProxy } from './limits/trust-proxy.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const url = (protocols: string[]) =>
  z.url({ message: 'must be a URL' }).refine((u) => protocols.some((p) => u.startsWith(`${p}:`)), {
    message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  });

const TRUST_PROXY_HELP =
  'must be a hop count (e.g. 1) or a comma-separated list of proxy addresses or ranges (e.g. 10.0.0.1, 10.1.0.0/16, loopback)';

/** A per-address budget: requests or events a minute from one client address, across both transports. */
const perMinute = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a whole number from 1 to 1000000' })
    .int('must be a whole number from 1 to 1000000')
    .min(1, 'must be a whole number from 1 to 1000000')
    .max(1_000_000, 'must be a whole number from 1 to 1000000')
    .default(fallback);

export const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a whole number from 0 to 65535' })
    .int('must be a whole number from 0 to 65535')
    .min(0, 'must be a whole number from 0 to 65535')
    .max(65535, 'must be a whole number from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Folder of case files; default: the project's personas/. */
  CASES_DIR: z.string().min(1).optional(),
  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  REDIS_URL: url(['redis', 'rediss']).optional(),
  /** Prefix of every Redis key and of the socket.io stream: several deployments (or test runs) share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'must be 1-64 letters, digits, or . : _ -')
    .default('changetalk'),
  /** Minutes a live class room stays open with no presenter connected. */
  ROOM_IDLE_MINUTES: z.coerce
    .number({ message: 'must be a whole number of minutes from 1 to 1440' })
    .int('must be a whole number of minutes from 1 to 1440')
    .min(1, 'must be a whole number of minutes from 1 to 1440')
    .max(1440, 'must be a whole number of minutes from 1 to 1440')
    .default(30),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  OPENAI_BASE_URL: url(['http', 'https']).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_CODER_MODEL: z.string().min(1).optional(),
  /** Deadline of one model answer, retries included; unset keeps each part's own default (12 s voice, 15 s coder). */
  OPENAI_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a whole number of milliseconds from 100 to 300000' })
    .int('must be a whole number of milliseconds from 100 to 300000')
    .min(100, 'must be a whole number of milliseconds from 100 to 300000')
    .max(300_000, 'must be a whole number of milliseconds from 100 to 300000')
    .optional(),
  PUBLIC_URL: url(['http', 'https']).optional(),
  DATA_RETENTION_DAYS: z.coerce.number({ message: 'must be a whole number of days' }).int().min(1).optional(),
  /** Proxies whose X-Forwarded-For is believed: a hop count or a list of addresses; unset trusts none. */
  TRUST_PROXY: z
    .string()
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: TRUST_PROXY_HELP });
        return z.NEVER;
      }
    })
    .optional(),
  /** `off` turns the per-address limits off (load tests; deployments behind an upstream limiter). */
  RATE_LIMIT: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  RATE_LIMIT_STARTS_PER_MINUTE: perMinute(120),
  RATE_LIMIT_TURNS_PER_MINUTE: perMinute(600),
  RATE_LIMIT_ANALYSES_PER_MINUTE: perMinute(30),
  RATE_LIMIT_ROOMS_PER_10_MINUTES: perMinute(20),
  /** How long a start waits for its database before it gives up (seconds). */
  STORAGE_START_TIMEOUT_S: z.coerce
    .number({ message: 'must be a whole number of seconds from 0 to 3600' })
    .int('must be a whole number of seconds from 0 to 3600')
    .min(0, 'must be a whole number of seconds from 0 to 3600')
    .max(3600, 'must be a whole number of seconds from 0 to 3600')
    .default(60),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings mean "not set", as in `PORT=` in a .env file or a blank Docker env entry. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

function redactUrl<T extends string | undefined>(u: T): T {
  return (u ? u.replace(/\/\/[^@/]*@/, '//***@') : u) as T;
}

function readDotenv(path: string): Record<string, string> {
  return existsSync(path) ? parseDotenv(readFileSync(path)) : {};
}

/**
 * Parses the configuration. With `dotenv: true`, values from `.env` in the working directory fill in what the
 * environment does not set (the environment wins, as with every dotenv tool).
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  opts: { dotenv?: boolean; dotenvPath?: string } = {},
): Config {
  const merged = opts.dotenv ? { ...readDotenv(opts.dotenvPath ?? '.env'), ...withoutEmpty(env) } : env;
  const result = ConfigSchema.safeParse(withoutEmpty(merged));
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? 'configuration');
    const raw = merged[variable];
    // Never echo a secret back: keys are not shown, URLs lose their credentials.
    const safe = variable.endsWith('_KEY') ? undefined : raw && redactUrl(raw);
    const shown = safe === undefined ? '' : ` (got "${safe}")`;
    throw new ConfigError(variable, `${issue?.message ?? 'is invalid'}${shown}`);
  }
  return result.data;
}

/** What is safe to log about the configuration: never keys or passwords in URLs. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    port: config.PORT,
    host: config.HOST,
    storage: config.DATABASE_URL ? redactUrl(config.DATABASE_URL) : `sqlite in ${config.DATA_DIR}`,
    redis: redactUrl(config.REDIS_URL) ?? 'off',
    llm:
      config.OPENAI_BASE_URL || config.OPENAI_API_KEY
        ? (config.OPENAI_BASE_URL ?? 'openai')
        : 'off (embedded engine)',
  };
}
