/** Everything about the server that varies between production, the demo and tests. */
import { readFileSync } from 'node:fs';
import { PUSH_HARD_LIMIT_BYTES } from '@core/sync/protocol-constants';
import type { PasswordParams } from '../auth/password-hasher';
import { DEFAULT_PASSWORD_PARAMS } from '../auth/password-hasher';
import type { MfaKey } from '../auth/mfa/mfa-key';
import type { DocumentStore } from '../documents/document-store';

export interface RateLimits {
  /** Sign-in and password-change attempts per client address and minute. */
  signIn: number;
  refresh: number;
  /** Per device token (or address) and minute. */
  sync: number;
  admin: number;
  /** Failed bearer authentications per client address and minute (default 30). */
  failedAuth?: number;
}

export interface ServerConfig {
  version: string;
  /** Origins allowed by CORS: the desktop app (`app://amparo`) and the web-mode origin. */
  allowedOrigins: string[];
  rateLimits: RateLimits;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /**
   * A used refresh token presented again by its own device within this many seconds, while the
   * token it was exchanged for is still unused, is a retry after a lost answer (or a second copy of
   * one request), not theft: it is answered with that same successor pair.
   */
  refreshReuseGraceSeconds: number;
  /** The staff console: short access tokens, a session that idles out and has a hard end. */
  staffSession: { accessTokenTtlSeconds: number; idleTimeoutSeconds: number; maxSeconds: number };
  /** Parameters for new password hashes; older hashes are redone at their owner's next sign-in. */
  passwordParams: PasswordParams;
  /** Default body limit; push and case import get `pushHardLimitBytes`. */
  bodyLimitBytes: number;
  pushHardLimitBytes: number;
  /** The built renderer, served at `/` for web mode. */
  staticDir?: string;
  /** The built staff console, served at `/console/` (see docs/console.md for how it is found). */
  consoleDir?: string;
  /**
   * Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For is believed; empty:
   * the TCP peer is the client. Never a proxy that any client can reach around.
   */
  trustedProxies: string[];
  /** Per-account backoff after failed sign-ins (`SignInGuard`); tests shorten it. */
  signInBackoff: { freeFailures: number; baseDelayMs: number; maxDelayMs: number };
  /**
   * Two-step sign-in: the key that seals TOTP secrets (null: MFA cannot be used, so staff cannot
   * sign in; the runtime refuses to start on PostgreSQL without one), how long a challenge lives
   * and how many codes it takes, and the clock codes are checked against (tests move it).
   */
  mfa: { key: MfaKey | null; challengeTtlSeconds: number; maxAttempts: number; now: () => number };
  /** Where document bytes are kept; the server's own database (`document_chunks`) by default. */
  documentStore?: DocumentStore;
  /**
   * Where browsers reach this server (AMPARO_PUBLIC_URL): the OpenID provider sends them back to
   * `<publicUrl>/v1/oidc/callback`, and the console's sign-in returns under `<publicUrl>/console/`.
   * Unset: the address the server listens on (fine on one machine, wrong behind a proxy).
   */
  publicUrl?: string;
  /** OpenID Connect sign-in: how long the provider step and the app's handoff may take. */
  oidc: { flowTtlSeconds: number; handoffTtlSeconds: number; linkTtlSeconds: number };
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const DEFAULT_ORIGINS = ['app://amparo'];

export function createConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    version: packageVersion(),
    allowedOrigins: DEFAULT_ORIGINS,
    rateLimits: { signIn: 10, refresh: 30, sync: 600, admin: 300, failedAuth: 30 },
    accessTokenTtlSeconds: 60 * 60,
    refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
    refreshReuseGraceSeconds: 60,
    staffSession: {
      accessTokenTtlSeconds: 10 * 60,
      idleTimeoutSeconds: 30 * 60,
      maxSeconds: 12 * 60 * 60,
    },
    passwordParams: DEFAULT_PASSWORD_PARAMS,
    bodyLimitBytes: 256 * 1024,
    pushHardLimitBytes: PUSH_HARD_LIMIT_BYTES,
    trustedProxies: [],
    signInBackoff: { freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60_000 },
    mfa: { key: null, challengeTtlSeconds: 5 * 60, maxAttempts: 5, now: () => Date.now() },
    oidc: { flowTtlSeconds: 10 * 60, handoffTtlSeconds: 2 * 60, linkTtlSeconds: 10 * 60 },
    ...overrides,
  };
}
