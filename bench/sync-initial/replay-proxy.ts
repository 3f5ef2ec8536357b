/**
 * An HTTP proxy in front of the bench server that records each pull page the first time it is
 * asked for and replays it from memory afterwards; every other request goes through. On a 2-core
 * machine the seeded server competes with Chromium for the same cores; replaying its answers
 * measures what a first sync costs the laptop when the server is elsewhere, as MCJ's is. Pull
 * answers depend only on the cursor for one attorney and unchanged data, which the bench checks
 * by counting what each sync stored.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Recorded {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ReplayProxy {
  url: string;
  /** Pull pages served from memory so far. */
  replayed(): number;
  close(): Promise<void>;
}

function isPull(url: string | undefined): boolean {
  return !!url && url.startsWith('/v1/sync/pull');
}

export async function startReplayProxy(target: string): Promise<ReplayProxy> {
  const upstream = new URL(target);
  const pages = new Map<string, Recorded>();
  let replayed = 0;
  const server = createServer((req, res) => {
    const key = `${req.method} ${req.url}`;
    const cached = req.method === 'GET' && isPull(req.url) ? pages.get(key) : undefined;
    if (cached) {
      replayed += 1;
      res.writeHead(cached.status, cached.headers);
      res.end(cached.body);
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...answer.headers };
          delete headers['transfer-encoding'];
          headers['content-length'] = String(body.length);
          if (req.method === 'GET' && isPull(req.url) && answer.statusCode === 200)
            pages.set(key, { status: 200, headers, body });
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    replayed: () => replayed,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
