import { parseArgs } from 'node:util';

export interface StartOptions {
  forceWeb: boolean;
  startServer: boolean;
  serverUrl: string | null;
  host: string;
  webPort: number;
  serverPort: number;
  dataDir: string;
  ephemeral: boolean;
  seedDemo: boolean;
  skipBuild: boolean;
  /** More origins the embedded server accepts (CORS), e.g. a second web host in tests. */
  allowOrigins: string[];
  /** Sign-ins per minute from one address; null keeps the server's default. */
  signInRateLimit: number | null;
  help: boolean;
}

export const usage = `Usage: npm start [-- options]

  --web                 serve web mode even where Electron is installed
  --no-server           do not start the embedded MCJ server (use --server-url)
  --server-url <url>    the MCJ server the app should talk to
  --host <host>         address to listen on (default 127.0.0.1)
  --port <n>            web mode port (default 5180)
  --server-port <n>     embedded server port (default 8787)
  --data-dir <dir>      embedded server data folder (default .data/server)
  --ephemeral           keep the embedded server's database in memory only
  --no-seed             embedded server without the demo organisation (and its
                        published passwords: demo accounts found are disabled)
  --skip-build          use the existing build in out/
  --allow-origin <url>  also accept requests from this web origin (repeatable)
  --sign-in-rate-limit <n>  sign-ins per minute from one address (default 10; end-to-end
                        tests sign many people in from one address)
  -h, --help            show this help`;

export function parseStartOptions(argv: string[]): StartOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      web: { type: 'boolean', default: false },
      'no-server': { type: 'boolean', default: false },
      'server-url': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '5180' },
      'server-port': { type: 'string', default: '8787' },
      'data-dir': { type: 'string', default: '.data/server' },
      ephemeral: { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'sign-in-rate-limit': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
      throw new Error(`${name} must be a port number`);
    return n;
  };
  const positive = (name: string, text: string | undefined) => {
    if (text === undefined) return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
    return n;
  };
  const serverUrl = values['server-url'] ?? null;
  if (serverUrl) new URL(serverUrl);
  if (values['no-server'] && !serverUrl) {
    throw new Error('--no-server needs --server-url so the app knows which server to use');
  }
  return {
    forceWeb: values.web,
    startServer: !values['no-server'],
    serverUrl,
    host: values.host,
    webPort: port('--port', values.port),
    serverPort: port('--server-port', values['server-port']),
    dataDir: values['data-dir'],
    ephemeral: values.ephemeral,
    seedDemo: !values['no-seed'],
    skipBuild: values['skip-build'],
    allowOrigins: values['allow-origin'].map((origin) => new URL(origin).origin),
    signInRateLimit: positive('--sign-in-rate-limit', values['sign-in-rate-limit']),
    help: values.help,
  };
}
