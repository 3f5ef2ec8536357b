/** `GET /health`: liveness for the start script, monitors and tests. No database details beyond its kind. */
import { z } from 'zod';
import type { RouteDeps, TypedApp } from '../app/build-app';
import { withErrors } from '../app/route-helpers';
import { PUBLIC } from '../app/route-access';

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});

export function registerHealthRoute(app: TypedApp, { db, config }: RouteDeps) {
  app.get(
    '/health',
    { config: { access: PUBLIC }, schema: { response: withErrors({ 200: HealthResponseSchema }) } },
    async () => {
      await db.query('SELECT 1');
      return { status: 'ok' as const, version: config.version, database: db.kind };
    },
  );
}
