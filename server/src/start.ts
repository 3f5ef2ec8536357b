/**
 * Public entry point: `startServer` (used by `npm start`, `npm run server`, the benchmark and
 * end-to-end tests). This file imports nothing from core, so that it loads under plain `tsx`
 * from the repository root, where the `@core/*` path alias is not configured: if the runtime
 * cannot be imported directly, it is loaded again through tsx with the server's tsconfig.
 */
import { loadWithCorePaths } from './load-with-core-paths';
import type { startServerRuntime } from './server-runtime';

export interface StartServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 = any free port. */
  port: number;
  /** PGlite data folder (default `.data/server`), unless `databaseUrl` or `inMemory` is given. */
  dataDir?: string;
  /** PostgreSQL; `main.ts` passes `DATABASE_URL`: the app's own role (docs/audit-chain.md). */
  databaseUrl?: string;
  /**
   * The owner's PostgreSQL URL (`DATABASE_OWNER_URL`): migrations run as it, then the app's role
   * is granted what it may do (only INSERT and SELECT on the audit log). Without it the app's role
   * migrates, and the server warns if that role can rewrite the audit log.
   */
  ownerDatabaseUrl?: string;
  /** How often committed audit rows are linked into the hash chain (default 1000 ms). */
  auditSealIntervalMs?: number;
  /** PGlite in memory (tests, throwaway demos). */
  inMemory?: boolean;
  /**
   * A demo server (`--demo`): seeds the demo organisation into an empty database, re-enables it in
   * a database that holds only the demo, and refuses to start on any other database. Without it,
   * the demo accounts (published passwords) are disabled if found.
   */
  seedDemo?: boolean;
  /** Serve this folder (the built renderer) at `/` for web mode. */
  staticDir?: string;
  /** Serve this folder (the built staff console, `out/console`) at `/console/`. */
  consoleDir?: string;
  /** CORS origins; default `app://amparo` only. */
  allowedOrigins?: string[];
  logLevel?: string;
  /** The MFA key (base64, 32 bytes); default `AMPARO_MFA_KEY` (see docs/deploy.md). */
  mfaKey?: string;
  /**
   * Where browsers reach this server (default `AMPARO_PUBLIC_URL`, else the address it listens
   * on): the OpenID provider's redirect URI is `<publicUrl>/v1/oidc/callback`.
   */
  publicUrl?: string;
  /** The reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges). */
  trustedProxies?: string[];
  /** Requests per minute (sign-in and refresh per address; sync and admin per device). For load tests. */
  rateLimits?: Partial<{
    signIn: number;
    refresh: number;
    sync: number;
    admin: number;
    failedAuth: number;
  }>;
}

export interface StartedServer {
  url: string;
  database: 'pglite' | 'postgres';
  dataDir?: string;
  /** The app's role may only append to the audit log (PostgreSQL with two roles). */
  auditLogProtected: boolean;
  /** Only with `seedDemo`: for the demo only. */
  demoCredentials?: {
    role: 'attorney' | 'supervisor' | 'admin';
    email: string;
    password: string;
    /** Staff: the published TOTP secret of their second sign-in step. */
    totpSecret?: string;
  }[];
  close(): Promise<void>;
}

interface Runtime {
  startServerRuntime: typeof startServerRuntime;
}

export async function startServer(options: StartServerOptions): Promise<StartedServer> {
  const runtime = await loadWithCorePaths<Runtime>(
    () => import('./server-runtime'),
    './server-runtime.ts',
    import.meta.url,
  );
  return runtime.startServerRuntime(options);
}
