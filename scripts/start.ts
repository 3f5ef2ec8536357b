// `npm start`: builds Amparo, starts the embedded MCJ server, then opens the desktop app where
// the Electron binary is installed, or serves web mode on localhost where it is not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findElectronBinary } from './lib/electron-binary';
import { nodeToolCommand } from './lib/node-tool.mjs';
import { parseStartOptions, usage } from './lib/start-options';
import { startStaticServer } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const version = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version;

async function main() {
  const options = parseStartOptions(process.argv.slice(2));
  if (options.help) {
    console.log(usage);
    return;
  }

  if (!options.skipBuild) {
    console.log('Building Amparo (electron-vite build, then the staff console)…');
    for (const [pkg, bin, args] of [
      ['electron-vite', 'electron-vite', ['build']],
      ['vite', 'vite', ['build', '-c', 'console/vite.config.ts', '--logLevel', 'warn']],
    ] as const) {
      const { command, args: toolArgs } = nodeToolCommand(root, pkg, bin, args);
      const build = spawnSync(command, toolArgs, { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) process.exit(build.status ?? 1);
    }
  }

  const closers: Array<() => Promise<void> | void> = [];
  const shutdown = async (code = 0) => {
    for (const close of closers.reverse()) await close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let serverUrl = options.serverUrl;
  let consoleLine: string | null = null;
  if (options.startServer) {
    const { startServer } = await import('../server/src/start');
    const dataDir = resolve(root, options.dataDir);
    // End-to-end runs (and anyone who sets it) put the embedded server on PostgreSQL.
    const databaseUrl = process.env['DATABASE_URL'];
    const ownerDatabaseUrl = process.env['DATABASE_OWNER_URL'];
    const consoleDir = resolve(root, 'out/console');
    const server = await startServer({
      host: options.host,
      port: options.serverPort,
      ...(databaseUrl && ownerDatabaseUrl ? { ownerDatabaseUrl } : {}),
      ...(databaseUrl ? { databaseUrl } : options.ephemeral ? { inMemory: true } : { dataDir }),
      ...(existsSync(resolve(consoleDir, 'index.html')) ? { consoleDir } : {}),
      seedDemo: options.seedDemo,
      ...(options.signInRateLimit ? { rateLimits: { signIn: options.signInRateLimit } } : {}),
      allowedOrigins: [
        'app://amparo',
        `http://${options.host}:${options.webPort}`,
        ...options.allowOrigins,
      ],
      logLevel: 'warn',
    });
    closers.push(() => server.close());
    serverUrl = server.url;
    const where = server.dataDir
      ? `, data in ${server.dataDir}`
      : server.database === 'postgres'
        ? ', DATABASE_URL'
        : ', in memory';
    console.log(`Embedded MCJ server: ${server.url} (${server.database}${where})`);
    consoleLine = existsSync(resolve(consoleDir, 'index.html'))
      ? `Staff console (MCJ staff) in your browser: ${server.url}/console/`
      : 'Staff console: not built (npm run build:console)';
    for (const credential of server.demoCredentials ?? []) {
      console.log(
        `  demo ${credential.role}: ${credential.email} / ${credential.password}  (demo only)`,
      );
    }
    const totpSecret = server.demoCredentials?.find((c) => c.totpSecret)?.totpSecret;
    if (totpSecret)
      console.log(
        `  demo staff two-step sign-in: add the secret ${totpSecret} to an authenticator app (demo only)`,
      );
  }

  if (!options.forceWeb) console.log('Looking for the Electron binary (downloaded on first use)…');
  const electron = options.forceWeb ? { missing: '--web was given' } : findElectronBinary(root);
  if ('path' in electron) {
    console.log('Mode: desktop (Electron window).');
    if (consoleLine) console.log(consoleLine);
    const child = spawn(electron.path, [root], {
      stdio: 'inherit',
      env: { ...process.env, AMPARO_SERVER_URL: serverUrl ?? '' },
    });
    child.on('exit', (code) => void shutdown(code ?? 0));
    return;
  }

  const web = await startStaticServer({
    root: resolve(root, 'out/renderer'),
    host: options.host,
    port: options.webPort,
    version,
    serverUrl,
  });
  closers.push(() => new Promise<void>((done) => web.server.close(() => done())));
  console.log(`Mode: web (Electron binary not available: ${electron.missing}).`);
  console.log(`Open Amparo in your browser: ${web.url}`);
  if (consoleLine) console.log(consoleLine);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
