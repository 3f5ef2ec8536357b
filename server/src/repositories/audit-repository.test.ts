import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { appendAudit, listAudit } from './audit-repository';

describe.each(testBackends())('audit log on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('appends events with actor, device, request and case ids', async () => {
    await appendAudit(t.db, {
      orgId: org.orgId,
      actorId: org.supervisor.id,
      deviceId: null,
      requestId: 'req-1',
      action: 'test.event',
      outcome: 'ok',
      caseIds: [org.orgId, org.orgId],
      details: { count: 2 },
    });
    const [event] = await listAudit(t.db, org.orgId, { limit: 10, order: 'oldest' });
    expect(event).toMatchObject({
      action: 'test.event',
      actorId: org.supervisor.id,
      requestId: 'req-1',
      caseIds: [org.orgId],
      details: { count: 2 },
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    await appendAudit(t.db, {
      orgId: org.orgId,
      actorId: null,
      deviceId: null,
      requestId: null,
      action: 'test.keep',
      outcome: 'ok',
    });
    await expect(t.db.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    // audit_chain (migration 034) references audit_log: a plain TRUNCATE is refused for that,
    // and one that cascades to the chain reaches the tables' append-only triggers.
    await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(
      /append-only|referenced in a foreign key/,
    );
    await expect(t.db.query('TRUNCATE audit_log CASCADE')).rejects.toThrow(/append-only/);
    const events = await listAudit(t.db, org.orgId, { limit: 100, order: 'oldest' });
    expect(events.map((e) => e.action)).toEqual(['test.event', 'test.keep']);
  });
});
