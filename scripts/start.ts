// `npm start`: builds Amparo, starts the embedded MCJ server, then opens the desktop app where
// the Electron binary is installed, or serves web mode on localhost where it is not.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    console.log('Building Amparo (electron-vite build)…');
    const { command, args } = nodeToolCommand(root, 'electron-vite', 'electron-vite', ['build']);
    const build = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const closers: Array<() => Promise<void> | void> = [];
  const shutdown = async (code = 0) => {
    for (const close of closers.reverse()) await close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let serverUrl = options.serverUrl;
  if (options.startServer) {
    const { startServer } = await import('../server/src/start');
    const dataDir = resolve(root, options.dataDir);
    const server = await startServer({
      host: options.host,
      port: options.serverPort,
      ...(options.ephemeral ? { inMemory: true } : { dataDir }),
      seedDemo: options.seedDemo,
      allowedOrigins: [
        'app://amparo',
        `http://${options.host}:${options.webPort}`,
        ...options.allowOrigins,
      ],
      logLevel: 'warn',
    });
    closers.push(() => server.close());
    serverUrl = server.url;
    console.log(
      `Embedded MCJ server: ${server.url} (${server.database}${server.dataDir ? `, data in ${server.dataDir}` : ', in memory'})`,
    );
    for (const credential of server.demoCredentials ?? []) {
      console.log(
        `  demo ${credential.role}: ${credential.email} / ${credential.password}  (demo only)`,
      );
    }
  }

  if (!options.forceWeb) console.log('Looking for the Electron binary (downloaded on first use)…');
  const electron = options.forceWeb ? { missing: '--web was given' } : findElectronBinary(root);
  if ('path' in electron) {
    console.log('Mode: desktop (Electron window).');
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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
