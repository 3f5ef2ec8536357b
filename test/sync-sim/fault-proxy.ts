/**
 * A laptop's unreliable network: a real HTTP proxy between one client and the server that, by
 * its own seeded stream, drops requests, drops responses after the server committed, sends a
 * request twice (one after the other, or both at once), replays a stale copy later, delays, and
 * answers 502/503 in place of the server (before or after the server did the work). Offline, it
 * resets every connection. A request can be held until the simulation releases it, so that the
 * attorney can type while a sync is under way at a chosen, repeatable point.
 */
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Prng } from './prng';
import { isUploadRequest } from './upload-paths';

export const faultKinds = [
  'dropRequest',
  'dropResponse',
  'duplicate',
  'parallelDuplicate',
  'staleReplay',
  'delay',
  'badGateway',
  'unavailable',
  'gatewayAfterCommit',
  'truncate',
] as const;
export type FaultKind = (typeof faultKinds)[number];

const DUPLICATING = new Set<FaultKind>(['duplicate', 'parallelDuplicate', 'staleReplay']);

/** Probability per request of each fault; whatever is left over passes cleanly. */
export type FaultRates = Record<FaultKind, number>;

export const defaultFaultRates: FaultRates = {
  dropRequest: 0.04,
  dropResponse: 0.05,
  duplicate: 0.04,
  parallelDuplicate: 0.03,
  staleReplay: 0.03,
  delay: 0.04,
  badGateway: 0.02,
  unavailable: 0.02,
  gatewayAfterCommit: 0.03,
  truncate: 0.02,
};

interface Forwarded {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

interface Captured {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface HeldRequest {
  /** Resolves when a matching request reached the proxy and is waiting. */
  arrived: Promise<void>;
  release(): void;
}

const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'host',
  'proxy-connection',
  'upgrade',
]);

function endToEndHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function readBody(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const upstreamAgent = new Agent({ keepAlive: false });

export class FaultProxy {
  online = true;
  /** Off during setup and quiescence: every request passes cleanly. */
  faultsEnabled = false;
  readonly counts: Partial<Record<FaultKind | 'offline' | 'upstreamDown', number>> = {};
  /** Token refreshes that reached the proxy, those whose answer the laptop never got, and those sent twice. */
  readonly refreshes = { total: 0, answerLost: 0, duplicated: 0 };
  /** Document upload requests (chunks, commits) that met a fault. */
  uploadFaults = 0;
  private readonly stale: { copy: Captured; dueAfter: number }[] = [];
  private requests = 0;
  private hold: {
    match: (path: string) => boolean;
    arrive: () => void;
    gate: Promise<void>;
  } | null = null;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch(() => res.destroy());
  });
  url = '';

  constructor(
    private readonly upstream: () => string | null,
    private readonly prng: Prng,
    private readonly rates: FaultRates = defaultFaultRates,
  ) {}

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Holds the next request whose path matches until `release()`. */
  holdNext(match: (path: string) => boolean): HeldRequest {
    let arrive!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.hold = { match, arrive, gate };
    return {
      arrived,
      release: () => {
        this.hold = null;
        release();
      },
    };
  }

  private count(kind: FaultKind | 'offline' | 'upstreamDown') {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
  }

  private chooseFault(): FaultKind | null {
    if (!this.faultsEnabled) return null;
    let roll = this.prng.next();
    for (const kind of faultKinds) {
      roll -= this.rates[kind];
      if (roll < 0) return kind;
    }
    return null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const respond = (response: Forwarded) => {
      res.writeHead(response.status, { ...response.headers, connection: 'close' });
      res.end(response.body);
    };
    const captured: Captured = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: endToEndHeaders(req.headers),
      body: await readBody(req),
    };
    if (!this.online) {
      this.count('offline');
      res.destroy();
      return;
    }
    const hold = this.hold;
    if (hold?.match(captured.path)) {
      this.hold = null;
      hold.arrive();
      await hold.gate;
    }
    this.requests += 1;
    await this.replayDueCopies();
    let fault = this.chooseFault();
    // A refresh replayed after the laptop used the pair it got is theft by design (the server
    // deletes the device's tokens): stale copies of refreshes are not replayed. Copies at once or
    // in a row get the same pair (issue 21) and are made like any other request's.
    if (captured.path.startsWith('/v1/auth/refresh') && fault === 'staleReplay') fault = null;
    if (captured.path.startsWith('/v1/auth/refresh') && fault && DUPLICATING.has(fault))
      this.refreshes.duplicated += 1;
    if (fault) this.count(fault);
    if (fault && isUploadRequest(captured.method, captured.path)) this.uploadFaults += 1;
    if (captured.path.startsWith('/v1/auth/refresh')) {
      this.refreshes.total += 1;
      if (fault === 'dropResponse' || fault === 'gatewayAfterCommit' || fault === 'truncate')
        this.refreshes.answerLost += 1;
    }
    switch (fault) {
      case 'dropRequest':
        res.destroy();
        return;
      case 'badGateway':
      case 'unavailable':
        respond(gatewayError(fault === 'badGateway' ? 502 : 503));
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, this.prng.int(1, 25)));
        break;
      case 'staleReplay':
        this.stale.push({ copy: captured, dueAfter: this.requests + this.prng.int(1, 6) });
        break;
      default:
        break;
    }
    let response: Forwarded | null;
    if (fault === 'parallelDuplicate') {
      const [first] = await Promise.all([this.forward(captured), this.forward(captured)]);
      response = first;
    } else if (fault === 'duplicate') {
      await this.forward(captured);
      response = await this.forward(captured);
    } else {
      response = await this.forward(captured);
    }
    if (response === null || fault === 'dropResponse') {
      res.destroy();
      return;
    }
    if (fault === 'gatewayAfterCommit') {
      respond(gatewayError(504));
      return;
    }
    if (fault === 'truncate') {
      res.writeHead(response.status, {
        ...response.headers,
        'content-length': String(response.body.length),
        connection: 'close',
      });
      res.write(response.body.subarray(0, Math.floor(response.body.length / 2)), () =>
        res.destroy(),
      );
      return;
    }
    respond(response);
  }

  /** Stale copies go to the server before a later request, one at a time: repeatable order. */
  private async replayDueCopies(): Promise<void> {
    for (let i = 0; i < this.stale.length;) {
      const entry = this.stale[i]!;
      if (entry.dueAfter > this.requests) {
        i += 1;
        continue;
      }
      this.stale.splice(i, 1);
      await this.forward(entry.copy);
    }
  }

  /** Replays every stale copy still waiting (before quiescence, so none arrives after it). */
  async flushStaleCopies(): Promise<void> {
    const waiting = this.stale.splice(0);
    for (const entry of waiting) await this.forward(entry.copy);
  }

  /** Sends a request to the server and reads the whole answer; null when it could not be reached. */
  private forward(captured: Captured): Promise<Forwarded | null> {
    const base = this.upstream();
    if (base === null) {
      this.count('upstreamDown');
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const upstreamRequest = httpRequest(
        `${base}${captured.path}`,
        {
          method: captured.method,
          headers: { ...captured.headers, 'content-length': String(captured.body.length) },
          agent: upstreamAgent,
        },
        (upstreamResponse) => {
          readBody(upstreamResponse).then(
            (body) =>
              resolve({
                status: upstreamResponse.statusCode ?? 502,
                headers: endToEndHeaders(upstreamResponse.headers),
                body,
              }),
            () => resolve(null),
          );
        },
      );
      upstreamRequest.on('error', () => {
        this.count('upstreamDown');
        resolve(null);
      });
      upstreamRequest.end(captured.body);
    });
  }
}

function gatewayError(status: number): Forwarded {
  return {
    status,
    headers: { 'content-type': 'text/html' },
    body: Buffer.from(`<html><body>${status}</body></html>`),
  };
}
