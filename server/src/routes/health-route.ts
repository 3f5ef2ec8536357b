/**
 * `GET /health`: liveness for the start script, monitors and tests, and whether the database
 * answers right now (503 while it does not: the process itself keeps serving and reconnects).
 * No database details beyond its kind and state.
 */
import { z } from 'zod';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { withErrors } from '../app/route-helpers';
import { PUBLIC } from '../app/route-access';

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
  databaseState: z.enum(['up', 'down']),
});

const PROBE_TIMEOUT_MS = 3_000;

async function databaseAnswers(probe: () => Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([probe().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthRoute(app: TypedApp, { db, config }: RouteDeps) {
  app.get(
    '/health',
    {
      config: { access: PUBLIC },
      schema: { response: withErrors({ 200: HealthResponseSchema, 503: HealthResponseSchema }) },
    },
    async (request, reply) => {
      const up = await databaseAnswers(() => db.query('SELECT 1'));
      const body = { version: config.version, database: db.kind };
      if (up) return { ...body, status: 'ok' as const, databaseState: 'up' as const };
      request.log.warn('health: database not answering');
      return reply
        .code(503)
        .send({ ...body, status: 'unavailable' as const, databaseState: 'down' as const });
    },
  );
}
