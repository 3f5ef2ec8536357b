import { errorCodes } from '@core/errors/app-error';
import { PushRequestSchema } from '@core/sync/sync-api-schemas';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { casePatch, seedCase } from '../test-support/sync-fixtures';

/** Values of the wrong type or shape for any envelope field. */
const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -5, max: 0 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.constant('__proto__'),
  fc.constant('x'.repeat(5000)),
);

const envelopePaths = [
  ['deviceId'],
  ['protocolVersion'],
  ['schemaVersion'],
  ['mutations'],
  ['mutations', 0, 'mutationId'],
  ['mutations', 0, 'seq'],
  ['mutations', 0, 'kind'],
  ['mutations', 0, 'entity'],
  ['mutations', 0, 'entityId'],
  ['mutations', 0, 'caseId'],
  ['mutations', 0, 'baseVersion'],
  ['mutations', 0, 'patch'],
  ['mutations', 0, 'patch', 'set'],
  ['mutations', 0, 'patch', 'ops'],
  ['mutations', 0, 'clientTime'],
  ['mutations', 0, 'body'],
  ['mutations', 0, 'parentRevisionIds'],
  ['mutations', 0, 'baseValues'],
] as const;

function setPath(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
) {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

describe.each(testBackends())('malformed payloads on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let session: Session;
  let admin: Session;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id])).id;
    session = await signIn(t.app, org.attorneyA);
    admin = await signIn(t.app, org.admin);
  });
  afterAll(() => t.close());

  async function snapshot() {
    const result = await t.db.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM entities) || '/' || (SELECT count(*) FROM change_log) || '/' ||
         (SELECT count(*) FROM device_mutations) || '/' || (SELECT count(*) FROM quarantined_mutations) || '/' ||
         (SELECT count(*) FROM users) || '/' || (SELECT coalesce(sum(version), 0) FROM entities) || '/' ||
         (SELECT coalesce(sum(last_acked_seq), 0) FROM devices) AS n`,
    );
    return result.rows[0]!.n;
  }

  const validPush = () => ({
    deviceId: session.deviceId,
    protocolVersion: 1,
    schemaVersion: 1,
    mutations: [casePatch(1, caseId, 1, { 'custody/iceOffice': 'fuzz' })],
  });

  const malformedPush = fc
    .record({ path: fc.constantFrom(...envelopePaths), value: fc.option(junk, { nil: undefined }) })
    .map(({ path, value }) => {
      const body = validPush();
      setPath(body as unknown as Record<string, unknown>, path, value);
      return body;
    })
    // Judge the body as the server will see it: JSON drops undefined, so compare after a round trip.
    .filter((body) => !PushRequestSchema.safeParse(JSON.parse(JSON.stringify(body))).success)
    .map((body): InjectOptions => ({
      method: 'POST',
      url: '/v1/sync/push',
      headers: session.headers,
      payload: body,
    }));

  const otherRoutes = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((payload): InjectOptions => ({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { ...session.headers, 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    })),
    fc.string({ maxLength: 80 }).map((raw): InjectOptions => ({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { ...session.headers, 'content-type': 'application/json' },
      payload: `{${raw}`,
    })),
    fc.string({ maxLength: 80 }).map((raw): InjectOptions => ({
      method: 'POST',
      url: '/v1/sync/hello',
      headers: { ...session.headers, 'content-type': 'text/plain' },
      payload: raw,
    })),
    fc
      .dictionary(fc.string({ maxLength: 8 }), junk, { maxKeys: 4 })
      .map((payload): InjectOptions => ({
        method: 'POST',
        url: '/v1/sync/hello',
        headers: session.headers,
        payload,
      })),
    fc
      .record({
        cursor: fc.string({ maxLength: 60 }),
        limit: fc.oneof(
          fc.integer({ min: -10, max: 0 }),
          fc.integer({ min: 501, max: 10_000 }),
          fc.string({ maxLength: 5 }),
        ),
      })
      .map((query): InjectOptions => ({
        method: 'GET',
        url: `/v1/sync/pull?cursor=${encodeURIComponent(query.cursor)}x&limit=${encodeURIComponent(String(query.limit))}`,
        headers: session.headers,
      })),
    fc
      .dictionary(fc.string({ maxLength: 8 }), junk, { maxKeys: 4 })
      .map((payload): InjectOptions => ({ method: 'POST', url: '/v1/auth/sign-in', payload })),
    fc
      .record({ email: junk, displayName: junk, role: fc.oneof(junk, fc.constant('root')) })
      .map((payload): InjectOptions => ({
        method: 'POST',
        url: '/v1/admin/users',
        headers: admin.headers,
        payload,
      })),
    fc.string({ maxLength: 40 }).map((id): InjectOptions => ({
      method: 'POST',
      url: `/v1/admin/devices/${encodeURIComponent(id)}x/revoke`,
      headers: admin.headers,
    })),
  );

  it('answers 1,000 malformed requests with a 4xx and an error code, never a 5xx, and changes nothing', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(malformedPush, otherRoutes), async (options) => {
        const response = await t.app.inject(options);
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, response.body).toBeLessThan(500);
        expect(errorCodes).toContain(response.json<{ code: string }>().code);
      }),
      { numRuns: 1000 },
    );
    expect(await snapshot()).toBe(before);
  });
});
