/**
 * `npm run server -- [--port 8787] [--host 127.0.0.1] [--data-dir .data/server] [--in-memory]
 *   [--demo] [--static-dir out/renderer] [--console-dir out/console] [--origin <origin>]...
 *   [--log-level info]
 *   [--sync-rate-limit N] [--sign-in-rate-limit N]   (requests per minute; defaults 600 and 10)
 *   [--trust-proxy ADDRESS-OR-CIDR]...`   (or AMPARO_TRUST_PROXY=a,b: the reverse proxy in front)
 *   [--public-url https://amparo.example.org]   (or AMPARO_PUBLIC_URL: where browsers reach it)
 * Uses PostgreSQL when DATABASE_URL is set (with DATABASE_OWNER_URL, migrations run as that owner
 * and DATABASE_URL's role may only append to the audit log), else PGlite in the data folder. The demo organisation
 * (published passwords) exists only with `--demo`, which refuses a database holding anything else.
 */
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { startServer } from './start';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
    'in-memory': { type: 'boolean', default: false },
    demo: { type: 'boolean', default: false },
    'static-dir': { type: 'string' },
    'console-dir': { type: 'string' },
    origin: { type: 'string', multiple: true },
    'log-level': { type: 'string', default: 'info' },
    'sync-rate-limit': { type: 'string' },
    'sign-in-rate-limit': { type: 'string' },
    'trust-proxy': { type: 'string', multiple: true },
    'public-url': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run server -- [--port 8787] [--host 127.0.0.1] [--data-dir DIR] [--in-memory] [--demo] [--static-dir DIR] [--console-dir DIR] [--origin ORIGIN]... [--log-level LEVEL] [--trust-proxy ADDRESS]...',
  );
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${values.port}`);
  process.exit(2);
}

const perMinute = (flag: 'sync-rate-limit' | 'sign-in-rate-limit') => {
  const value = values[flag];
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`Invalid --${flag}: ${value}`);
    process.exit(2);
  }
  return n;
};
const syncLimit = perMinute('sync-rate-limit');
const signInLimit = perMinute('sign-in-rate-limit');

const trustedProxies = [
  ...(values['trust-proxy'] ?? []),
  ...(process.env['AMPARO_TRUST_PROXY'] ?? '').split(','),
]
  .map((entry) => entry.trim())
  .filter(Boolean);
if (trustedProxies.some((entry) => !isIP(entry.split('/')[0]!))) {
  console.error(
    `Invalid --trust-proxy (an IP address or CIDR range): ${trustedProxies.join(', ')}`,
  );
  process.exit(2);
}

const databaseUrl = process.env['DATABASE_URL'];
const ownerDatabaseUrl = process.env['DATABASE_OWNER_URL'];
// For measurement only (bench/server-sync's baseline): 0 turns the audit chain's sealer off.
const sealMs = process.env['AMPARO_AUDIT_SEAL_MS'];
const server = await startServer({
  ...(sealMs !== undefined && /^\d+$/.test(sealMs) ? { auditSealIntervalMs: Number(sealMs) } : {}),
  ...(databaseUrl && ownerDatabaseUrl ? { ownerDatabaseUrl } : {}),
  port,
  host: values.host,
  seedDemo: values.demo,
  trustedProxies,
  logLevel: values['log-level'],
  ...(databaseUrl
    ? { databaseUrl }
    : values['in-memory']
      ? { inMemory: true }
      : values['data-dir']
        ? { dataDir: values['data-dir'] }
        : {}),
  ...(values['static-dir'] ? { staticDir: values['static-dir'] } : {}),
  ...(values['console-dir'] ? { consoleDir: values['console-dir'] } : {}),
  ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
  ...(values.origin ? { allowedOrigins: ['app://amparo', ...values.origin] } : {}),
  rateLimits: {
    ...(syncLimit ? { sync: syncLimit, admin: syncLimit } : {}),
    ...(signInLimit ? { signIn: signInLimit } : {}),
  },
}).catch((error: unknown) => {
  console.error(`Amparo server did not start: ${(error as Error).message}`);
  process.exit(1);
});

console.log(
  `Amparo server listening on ${server.url} (${server.database}${server.dataDir ? `, data in ${server.dataDir}` : ''})`,
);
if (values['console-dir']) console.log(`Staff console: ${server.url}/console/`);
for (const credential of server.demoCredentials ?? []) {
  console.log(
    `  demo ${credential.role}: ${credential.email} / ${credential.password}  (for the demo only)`,
  );
}

const shutdown = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
