import { z } from 'zod';
import { logLevels, type LogLevel } from '../logging/logger';
import { isAbsoluteFolder } from '../platform/platform-paths';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

const ServerUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .transform((value) => new URL(value))
  .refine((url) => url.username === '' && url.password === '', 'config.serverUrl.userinfo')
  .refine((url) => url.search === '' && url.hash === '', 'config.serverUrl.query')
  // Plain http only to the embedded server on this machine; anything remote must be https.
  .refine(
    (url) => url.protocol === 'https:' || loopbackHosts.has(url.hostname),
    'config.serverUrl.insecure',
  );

const EnvSchema = z.object({
  /** Sync server the start script launched (embedded PGlite server) or pointed the app at. */
  AMPARO_SERVER_URL: ServerUrlSchema.optional(),
  /** Absolute folder for all app data instead of the OS default (end-to-end tests, portable use). */
  AMPARO_USER_DATA_DIR: z
    .string()
    .max(1024)
    .refine((value) => isAbsoluteFolder(value), 'config.userDataDir.absolute')
    .optional(),
  /** Lowest level written to the log file. */
  AMPARO_LOG_LEVEL: z.enum(logLevels).optional(),
});

export interface AppConfig {
  /** Normalised server URL without trailing slash, or null when no server was configured. */
  readonly serverUrl: string | null;
  /** Origins the renderer may connect to (CSP connect-src). */
  readonly connectOrigins: readonly string[];
  readonly userDataDir: string | null;
  readonly logLevel: LogLevel;
  /** How long the renderer has to reload itself after a lock request before main reloads it. */
  readonly lockGraceMs: number;
  /** How long a page that does not answer may hold its window's close while it saves. */
  readonly flushTimeoutMs: number;
  /** System idle time after which the app locks; the attorney setting will override it later. */
  readonly idleLockSeconds: number;
  readonly idlePollMs: number;
}

export class ConfigError extends Error {
  constructor(readonly invalidKeys: readonly string[]) {
    // Keys only: values may be paths that name the OS account.
    super(`invalid configuration: ${invalidKeys.join(', ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once at start-up. Nothing else in main reads `process.env`. */
export function parseAppConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key.startsWith('AMPARO_') && value !== ''),
  );
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError([...new Set(result.error.issues.map((issue) => String(issue.path[0])))]);
  }
  const server = result.data.AMPARO_SERVER_URL;
  return Object.freeze({
    serverUrl: server ? server.href.replace(/\/$/, '') : null,
    connectOrigins: Object.freeze(server ? [server.origin] : []),
    userDataDir: result.data.AMPARO_USER_DATA_DIR ?? null,
    logLevel: result.data.AMPARO_LOG_LEVEL ?? 'info',
    lockGraceMs: 3_000,
    flushTimeoutMs: 5_000,
    idleLockSeconds: 600,
    idlePollMs: 15_000,
  });
}
