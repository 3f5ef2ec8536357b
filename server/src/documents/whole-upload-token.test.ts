/**
 * The one-request upload reads a laptop's access token with its transaction's BEGIN, not in the
 * access hook before it (one round trip less per file: issue 22's speed target). With the hook's
 * rules all the same: every refusal, nothing stored on one, failed look-ups counted against the
 * address, the rate limit per laptop, the organisation's document lock taken before the quotas
 * are read, and an anonymous caller told nothing but that it is not authenticated.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { seedCase } from '../test-support/sync-fixtures';
import { documentClient, pdfBytes, sha256Hex } from '../test-support/document-fixtures';
import { lockOrganisationDocuments, tokenIdentityWithDocumentsLockSql } from './document-access';

const LIMITS = {
  signIn: 10_000,
  refresh: 10_000,
  sync: 100_000,
  admin: 10_000,
  failedAuth: 10_000,
};

/** Records the SQL the app runs outside transactions (where the access hook looks tokens up). */
function recordOutside(db: Db): { sql: string[] } {
  const seen = { sql: [] as string[] };
  const query = db.query.bind(db);
  db.query = ((sql: string, params?: readonly unknown[]) => {
    seen.sql.push(sql);
    return query(sql, params);
  }) as Db['query'];
  return seen;
}

const lookups = (sql: string[]) => sql.filter((s) => /FROM device_tokens t/.test(s)).length;

describe.each(testBackends())('the one-request upload’s token read with BEGIN on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let attorney: Session;
  let caseId: string;
  let outside: { sql: string[] };
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id])).id;
    attorney = await signIn(t.app, org.attorneyA);
    outside = recordOutside(t.db);
  });
  afterAll(() => t.close());

  const stored = async (id: string) =>
    Number(
      (
        await t.db.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM case_documents WHERE id::text = $1)
             + (SELECT count(*) FROM document_chunks WHERE owner = $2)
             + (SELECT count(*) FROM audit_log WHERE details->>'documentId' = $1) AS n`,
          [id, `u:${id}`],
        )
      ).rows[0]!.n,
    );

  it('looks the token up with BEGIN, not before (one round trip less); the audit names the laptop', async () => {
    outside.sql.length = 0;
    const id = randomUUID();
    const put = await documentClient(t.app, attorney.headers).put(caseId, id, pdfBytes(4000));
    expect(put.statusCode).toBe(200);
    expect(lookups(outside.sql)).toBe(0);
    const audit = await t.db.query<{ actorId: string; deviceId: string }>(
      `SELECT actor_id AS "actorId", device_id AS "deviceId" FROM audit_log
       WHERE action = 'documents.add' AND details->>'documentId' = $1`,
      [id],
    );
    expect(audit.rows).toEqual([{ actorId: org.attorneyA.id, deviceId: attorney.deviceId }]);
    // A request the hook must answer first (a bad header) is authenticated by the hook.
    const bad = await documentClient(t.app, attorney.headers).put(caseId, id, pdfBytes(10), {
      sha256: 'abc',
    });
    expect(bad.statusCode).toBe(400);
    expect(lookups(outside.sql)).toBe(1);
  });

  it('refuses an unknown, expired or signed-out token, a disabled user and a revoked laptop; stores nothing', async () => {
    const refusals: { statusCode: number; code: unknown }[] = [];
    const attempt = async (headers: { authorization: string }) => {
      const id = randomUUID();
      const put = await documentClient(t.app, headers).put(caseId, id, pdfBytes(1000));
      refusals.push({ statusCode: put.statusCode, code: put.json<{ code: unknown }>().code });
      expect(await stored(id)).toBe(0);
    };
    await attempt({ authorization: `Bearer amp_${'x'.repeat(43)}` });
    const expired = await signIn(t.app, org.attorneyA);
    await t.db.query(
      `UPDATE device_tokens SET expires_at = now() - interval '1 minute'
       WHERE device_id = $1 AND kind = 'access'`,
      [expired.deviceId],
    );
    await attempt(expired.headers);
    const signedOut = await signIn(t.app, org.attorneyA);
    await t.db.query('UPDATE devices SET signed_out_at = now() WHERE id = $1', [
      signedOut.deviceId,
    ]);
    await attempt(signedOut.headers);
    const disabledOrg = await createTestOrg(t.db);
    const disabled = await signIn(t.app, disabledOrg.attorneyA);
    await t.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [
      disabledOrg.attorneyA.id,
    ]);
    await attempt(disabled.headers);
    const revoked = await signIn(t.app, org.attorneyA);
    await t.db.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [revoked.deviceId]);
    await attempt(revoked.headers);
    expect(refusals).toEqual([
      { statusCode: 401, code: 'unauthorized' },
      { statusCode: 401, code: 'unauthorized' },
      { statusCode: 401, code: 'unauthorized' },
      { statusCode: 401, code: 'unauthorized' },
      { statusCode: 401, code: 'device_revoked' },
    ]);
  });

  it('tells an anonymous caller only that it is not authenticated, whatever its headers or body', async () => {
    const anonymous = documentClient(t.app, { authorization: `Bearer amp_${'y'.repeat(43)}` });
    const bytes = pdfBytes(100);
    for (const put of [
      await anonymous.put(caseId, randomUUID(), bytes, { sha256: 'abc' }),
      await anonymous.put(caseId, randomUUID(), bytes, { name: 'a\u0000b.pdf' }),
      await anonymous.put(caseId, randomUUID(), pdfBytes(1024 * 1024 + 1)),
      await anonymous.put('not-a-case', randomUUID(), bytes),
    ])
      expect(put.statusCode).toBe(401);
  });
});

describe.each(testBackends())('limits on the one-request upload on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let caseId: string;
  beforeAll(async () => {
    // Two uploads a minute per laptop; three failed authentications a minute per address.
    t = await createTestApp(kind, { rateLimits: { ...LIMITS, sync: 2, failedAuth: 3 } });
    org = await createTestOrg(t.db);
    caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id, org.attorneyB.id])).id;
  });
  afterAll(() => t.close());

  it('keeps a bucket per laptop behind one address', async () => {
    const a = documentClient(t.app, (await signIn(t.app, org.attorneyA)).headers);
    const b = documentClient(t.app, (await signIn(t.app, org.attorneyB)).headers);
    const codes = [];
    for (let i = 0; i < 3; i += 1)
      codes.push((await a.put(caseId, randomUUID(), pdfBytes(100))).statusCode);
    codes.push((await b.put(caseId, randomUUID(), pdfBytes(100))).statusCode);
    expect(codes).toEqual([200, 200, 429, 200]);
  });

  it('counts each unknown token against the address: the fourth try is refused before any look-up', async () => {
    const codes = [];
    for (let i = 0; i < 4; i += 1) {
      const anonymous = documentClient(t.app, {
        authorization: `Bearer amp_${String(i).repeat(43)}`,
      });
      codes.push((await anonymous.put(caseId, randomUUID(), pdfBytes(100))).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429]);
  });
});

describe.each(testBackends())('the last bytes of a quota, raced for, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('two laptops’ uploads wait for the organisation’s document lock; one passes, one is refused', async () => {
    const org = await createTestOrg(t.db);
    const caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id, org.attorneyB.id])).id;
    await t.db.query('UPDATE organisations SET document_case_quota_bytes = 3000 WHERE id = $1', [
      org.orgId,
    ]);
    const a = documentClient(t.app, (await signIn(t.app, org.attorneyA)).headers);
    const b = documentClient(t.app, (await signIn(t.app, org.attorneyB)).headers);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = t.db.transaction(async (tx) => {
      await lockOrganisationDocuments(tx, org.orgId);
      held();
      await released;
    });
    await holding;
    let settled = false;
    const [first, second] = [pdfBytes(2000), pdfBytes(2000)];
    const answers = Promise.all([
      a.put(caseId, randomUUID(), first),
      b.put(caseId, randomUUID(), second),
    ]).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(settled).toBe(false);
    release();
    await holder;
    const codes = (await answers).map((answer) => answer.statusCode).sort();
    expect(codes).toEqual([200, 413]);
    const used = await t.db.query<{ n: number }>(
      'SELECT coalesce(sum(size), 0)::int AS n FROM case_documents WHERE case_id = $1',
      [caseId],
    );
    expect(used.rows[0]!.n).toBe(2000);
    expect(sha256Hex(first)).not.toBe(sha256Hex(second));
  });
});

describe('the token and the lock sent with BEGIN', () => {
  it('writes only a token hash (64 hex digits) into its SQL', () => {
    const hash = 'ab'.repeat(32);
    expect(tokenIdentityWithDocumentsLockSql(hash)).toContain(`t.token_hash = '${hash}'`);
    for (const bad of [`${hash}'; DROP TABLE x; --`, hash.toUpperCase(), hash.slice(1), ''])
      expect(() => tokenIdentityWithDocumentsLockSql(bad)).toThrow();
  });
});
