/**
 * `npm run server -- [--port 8787] [--host 127.0.0.1] [--data-dir .data/server] [--in-memory]
 *   [--no-seed] [--static-dir out/renderer] [--origin <origin>]... [--log-level info]
 *   [--sync-rate-limit N] [--sign-in-rate-limit N]`   (requests per minute; defaults 600 and 10)
 * Uses PostgreSQL when DATABASE_URL is set, else PGlite in the data folder.
 */
import { parseArgs } from 'node:util';
import { startServer } from './start';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
    'in-memory': { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
    'static-dir': { type: 'string' },
    origin: { type: 'string', multiple: true },
    'log-level': { type: 'string', default: 'info' },
    'sync-rate-limit': { type: 'string' },
    'sign-in-rate-limit': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run server -- [--port 8787] [--host 127.0.0.1] [--data-dir DIR] [--in-memory] [--no-seed] [--static-dir DIR] [--origin ORIGIN]... [--log-level LEVEL]',
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

const databaseUrl = process.env['DATABASE_URL'];
const server = await startServer({
  port,
  host: values.host,
  seedDemo: !values['no-seed'],
  logLevel: values['log-level'],
  ...(databaseUrl
    ? { databaseUrl }
    : values['in-memory']
      ? { inMemory: true }
      : values['data-dir']
        ? { dataDir: values['data-dir'] }
        : {}),
  ...(values['static-dir'] ? { staticDir: values['static-dir'] } : {}),
  ...(values.origin ? { allowedOrigins: ['app://amparo', ...values.origin] } : {}),
  rateLimits: {
    ...(syncLimit ? { sync: syncLimit, admin: syncLimit } : {}),
    ...(signInLimit ? { signIn: signInLimit } : {}),
  },
});

console.log(
  `Amparo server listening on ${server.url} (${server.database}${server.dataDir ? `, data in ${server.dataDir}` : ''})`,
);
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
