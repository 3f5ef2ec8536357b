/**
 * Inside the server's own process (server-child.ts): the real app on the run's PostgreSQL
 * database, on the port the parent names. The parent arms a kill over IPC: at the N-th query
 * made while a push (or a pull) is being handled, the process sends itself SIGKILL, so it dies in
 * the middle of that request with whatever PostgreSQL had not committed lost, as a crash would.
 * A database fault is armed the same way: at the N-th query inside a transaction, the process asks
 * the parent to strike (restart PostgreSQL, terminate connections) and goes on when it has.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/src/app/build-app';
import type { Db, Transaction } from '../../server/src/db/db';
import { createPgDb } from '../../server/src/db/pg-db';
import { simServerConfig } from './sim-server';

export type ChildRoute = 'push' | 'pull';

export type ToChild =
  | { type: 'armKill'; route: ChildRoute; queries: number }
  | { type: 'armDatabaseFault'; queries: number }
  | { type: 'disarm' }
  | { type: 'struck' };

export type FromChild = { type: 'ready'; port: number } | { type: 'strike' };

const paths: Record<ChildRoute, string> = { push: '/v1/sync/push', pull: '/v1/sync/pull' };

export async function serveChild(): Promise<void> {
  const url = process.env['AMPARO_SIM_SERVER_DB']!;
  const port = Number(process.env['AMPARO_SIM_SERVER_PORT'] ?? '0');
  const send = (message: FromChild) => process.send?.(message);
  const active: Record<ChildRoute, number> = { push: 0, pull: 0 };
  let kill: { route: ChildRoute; after: number } | null = null;
  let fault: { after: number } | null = null;
  let struck: (() => void) | null = null;

  process.on('message', (message: ToChild) => {
    if (message.type === 'armKill') kill = { route: message.route, after: message.queries };
    else if (message.type === 'armDatabaseFault') fault = { after: message.queries };
    else if (message.type === 'disarm') {
      kill = null;
      fault = null;
    } else if (message.type === 'struck') struck?.();
  });
  // The parent gone (its run ended or crashed): nothing is left to serve.
  process.on('disconnect', () => process.exit(0));

  const beforeQuery = async (inTransaction: boolean) => {
    if (kill && active[kill.route] > 0 && --kill.after <= 0) process.kill(process.pid, 'SIGKILL');
    if (!inTransaction || !fault || --fault.after > 0) return;
    fault = null;
    await new Promise<void>((resolve) => {
      struck = resolve;
      send({ type: 'strike' });
    });
    struck = null;
  };
  const raw = createPgDb({ connectionString: url, maxConnections: 10 });
  const db: Db = {
    kind: raw.kind,
    query: async (sql, params) => {
      await beforeQuery(false);
      return raw.query(sql, params);
    },
    // The options go through: the first statements sent with BEGIN run as in production.
    transaction: (fn, options) =>
      raw.transaction((tx, first) => {
        const wrapped: Transaction = {
          query: async (sql, params) => {
            await beforeQuery(true);
            return tx.query(sql, params);
          },
          exec: async (sql) => {
            await beforeQuery(true);
            return tx.exec(sql);
          },
        };
        return fn(wrapped, first);
      }, options),
    close: () => raw.close(),
  };
  const app = await buildApp({ db, config: simServerConfig, logLevel: 'silent' });
  // Beside Fastify's own listener (the app is ready, no hook may be added): which routes are
  // being handled right now.
  app.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const route = (Object.keys(paths) as ChildRoute[]).find((r) =>
      (request.url ?? '').startsWith(paths[r]),
    );
    if (!route) return;
    active[route] += 1;
    response.once('close', () => (active[route] -= 1));
  });
  await app.listen({ host: '127.0.0.1', port });
  send({ type: 'ready', port: (app.server.address() as AddressInfo).port });
}
