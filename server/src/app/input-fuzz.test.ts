/**
 * 1,000 malformed bodies spread over every route that takes one, each sent by a caller the route
 * admits (so the body reaches parsing and validation): no answer is 5xx, and no table changes
 * (the audit log aside, which records refusals). Routes are read from the app, so a new route is
 * fuzzed without being listed here.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@core/sync/auth-schemas';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { PROTOCOL_VERSION } from '@core/sync/protocol-constants';
import { caseFile, casePatch } from '../test-support/sync-fixtures';
import type { RegisteredRoute } from './route-access';

const TOTAL_BODIES = 1000;

/** Top-level keys of a zod object schema (looked up loosely: any schema without a shape gives none). */
function shapeKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

const nested = (depth: number, open: string, close: string) =>
  `${open.repeat(depth)}${close.repeat(depth)}`;

/** Every path to a value inside a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

const DEEP = '"__DEEP__"';

/** A valid example with one value (anywhere inside) replaced by junk, or by nesting 65 to 10,000 deep. */
function brokenExample(example: object): fc.Arbitrary<string> {
  const paths = pathsOf(example).filter((path) => path.length > 0);
  return fc
    .tuple(
      fc.constantFrom(...paths),
      fc.oneof(
        fc.anything({ maxDepth: 2, withNullPrototype: false }),
        fc.integer({ min: 65, max: 10_000 }).map((depth) => ({ [DEEP]: depth })),
      ),
    )
    .map(([path, junk]) => {
      const copy = structuredClone(example) as Record<string | number, unknown>;
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const deep = (junk as Record<string, number> | null)?.[DEEP];
      node[path.at(-1)!] = deep ? DEEP : junk;
      let text: string;
      try {
        text = JSON.stringify(copy) ?? 'null';
      } catch {
        text = '{}';
      }
      return deep ? text.replace(DEEP, nested(deep, '[', ']')) : text;
    });
}

/** Malformed bodies as raw JSON text (or not JSON at all), shaped after the route's schema. */
function malformedBody(keys: string[], example?: object): fc.Arbitrary<string> {
  const junk = fc.oneof(
    fc.anything({ maxDepth: 3, withNullPrototype: false }),
    fc.string({ maxLength: 300 }),
    fc.constantFrom(null, -1, 0, 1e308, '', '__proto__', 'x'.repeat(5000)),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 20 }),
  );
  const stringify = (value: unknown) => {
    try {
      return JSON.stringify(value) ?? 'null';
    } catch {
      return 'null';
    }
  };
  const shaped =
    keys.length > 0
      ? fc
          .dictionary(fc.constantFrom(...keys), junk, { minKeys: 1, maxKeys: keys.length })
          .map(stringify)
      : fc.jsonValue().map(stringify);
  return fc.oneof(
    { arbitrary: example ? brokenExample(example) : shaped, weight: example ? 6 : 0 },
    { arbitrary: shaped, weight: 5 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map(stringify), weight: 2 },
    { arbitrary: fc.integer({ min: 65, max: 10_000 }).map((d) => nested(d, '[', ']')), weight: 1 },
    {
      arbitrary: fc
        .integer({ min: 65, max: 5_000 })
        .map((d) => `{"${keys[0] ?? 'a'}":${nested(d, '{"a":', '}').replace(/\{"a":\}$/, '1}')}}`),
      weight: 1,
    },
    {
      arbitrary: fc.constant(`{"${keys[0] ?? 'a'}":[${Array(10_001).fill('0').join(',')}]}`),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom(
        '{"__proto__":{"role":"admin"}}',
        '{"constructor":{"prototype":{"role":"admin"}}}',
        '{',
        '',
        'null',
        '"just a string"',
        '\u0000',
        '{"a":1,"a":2}',
      ),
      weight: 1,
    },
    { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  );
}

/** Tables and a checksum of each one's rows. */
async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const tables = await t.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables.rows) {
    if (name === 'audit_log') continue;
    const sum = await t.db.query<{ sum: string | null; n: number }>(
      `SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS sum, count(*)::int AS n FROM ${name} r`,
    );
    result[name] = `${sum.rows[0]!.n}:${sum.rows[0]!.sum ?? ''}`;
  }
  return result;
}

describe('input fuzz over every route with a body (PGlite)', () => {
  let t: TestApp;
  let org: TestOrg;
  const headersFor = new Map<string, Record<string, string>>();
  const caseId = randomUUID();

  beforeAll(async () => {
    t = await createTestApp('pglite');
    org = await createTestOrg(t.db);
    const users: Record<Role, { email: string; password: string }> = {
      attorney: org.attorneyA,
      supervisor: org.supervisor,
      admin: org.admin,
    };
    for (const role of ['attorney', 'supervisor', 'admin'] as const) {
      headersFor.set(`devices:${role}`, (await signIn(t.app, users[role])).headers);
      if (role !== 'attorney')
        headersFor.set(`console:${role}`, (await consoleSignIn(t.app, users[role])).headers);
    }
    // One case, so case-scoped routes have something real to refuse changes to.
    const supervisor = headersFor.get('devices:supervisor')!;
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/cases',
      headers: supervisor,
      payload: { caseFile: caseFile({ id: caseId }) },
    });
    expect(created.statusCode, created.body).toBeLessThan(300);
  });
  afterAll(() => t.close());

  function callerHeaders(route: RegisteredRoute): Record<string, string> {
    if (route.access.kind === 'public') return {};
    const clients = route.access.clients ?? 'devices';
    for (const role of route.access.roles) {
      const kinds = clients === 'both' ? ['devices', 'console'] : [clients];
      for (const kind of kinds) {
        const headers = headersFor.get(`${kind}:${role}`);
        if (headers) return headers;
      }
    }
    throw new Error(`no caller for ${route.method} ${route.url}`);
  }

  /** Valid bodies for some routes: breaking them inside reaches the deepest validators. */
  function exampleFor(route: RegisteredRoute): object | undefined {
    const device = { name: 'Fuzz laptop', platform: 'linux', appVersion: '0.1.0' };
    switch (`${route.method} ${route.url}`) {
      case 'POST /v1/sync/push':
        return {
          deviceId: randomUUID(),
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: 1,
          mutations: [casePatch(1, caseId, 1, { notes: 'x', 'custody.status': 'detained' })],
        };
      case 'POST /v1/auth/sign-in':
        return { email: org.attorneyA.email, password: 'not the password', device };
      case 'POST /v1/auth/change-password':
        return {
          email: org.attorneyA.email,
          currentPassword: 'not the password',
          newPassword: 'river otter lantern 42',
        };
      case 'POST /v1/admin/cases':
        return { caseFile: caseFile({ id: caseId }) };
      default:
        return undefined;
    }
  }

  it(`answers ${TOTAL_BODIES} malformed bodies with no 5xx and changes nothing`, async () => {
    const routes = t.app.amparoRoutes.filter((route) => route.body !== undefined);
    expect(routes.length).toBeGreaterThan(10);
    const before = await snapshot(t);
    const perRoute = Math.ceil(TOTAL_BODIES / routes.length);
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const route of routes) {
      const url = route.url.replace(':caseId', caseId).replace(/:[A-Za-z]+/g, () => randomUUID());
      const headers = { ...callerHeaders(route), 'content-type': 'application/json' };
      const example = exampleFor(route);
      // First, systematically: the example nested 10,000 deep at each of its paths in turn.
      for (const path of example ? pathsOf(example).filter((p) => p.length > 0) : []) {
        const copy = structuredClone(example) as Record<string | number, unknown>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path.at(-1)!] = '__DEEP__';
        const payload = JSON.stringify(copy).replace(DEEP, nested(10_000, '[', ']'));
        const response = await t.app.inject({
          method: route.method as 'POST',
          url,
          headers,
          payload,
        });
        sent += 1;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect(response.statusCode, `${route.url} deep at ${path.join('.')}`).toBeLessThan(500);
      }
      await fc.assert(
        fc.asyncProperty(
          malformedBody(shapeKeys(route.body), exampleFor(route)),
          async (payload) => {
            const response = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers,
              payload,
            });
            sent += 1;
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            expect(
              response.statusCode,
              `${route.method} ${route.url} <- ${payload.slice(0, 200)}`,
            ).toBeLessThan(500);
            expect(
              response.statusCode,
              `${route.method} ${route.url} accepted ${payload.slice(0, 200)}`,
            ).toBeGreaterThanOrEqual(400);
          },
        ),
        { numRuns: perRoute },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(TOTAL_BODIES);
    expect(await snapshot(t)).toEqual(before);
    expect([...statuses.keys()].every((status) => status >= 400 && status < 500)).toBe(true);
    expect(t.logs.filter((line) => line.includes('"level":50'))).toEqual([]);
  });
});
