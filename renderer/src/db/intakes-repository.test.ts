import { emptyCaseFile } from '@core/domain/case-file';
import type { Intake } from '@core/domain/intake';
import { emptyIntakeContent } from '@core/domain/intake';
import type { JsonObject } from '@core/sync/json-value';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { createIntakesRepository } from './intakes-repository';
import { applyPullPage } from './sync-pull-store';
import { completePendingRemovals } from './sync-revocations';
import { createTestDatabase } from './test-database';

const attorney = '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0b01';
const staff = '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0b02';
const content = () => ({
  ...emptyIntakeContent(),
  client: { familyName: 'Prueba', givenNames: 'Ana', aNumber: '098765432' },
  parties: [{ id: newId(), role: 'adverse' as const, name: 'Rogelio Ejemplo Falso' }],
});

describe('field intakes on the laptop', () => {
  let db: AmparoDatabase;
  let intakes: ReturnType<typeof createIntakesRepository>;
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    intakes = createIntakesRepository(() => db);
  });

  it('saves a draft offline as its own scope and queues it with its submission', async () => {
    const intake = await intakes.create(attorney, content());
    expect(intake).toMatchObject({ state: 'draft', source: 'laptop', startedBy: attorney });
    expect(intake.reference).toMatch(/^INT-\d{4}-\d{6}$/);
    await intakes.submit(intake.id);
    const outbox = await db.outbox.toArray();
    // Unsent, the submission joins the creation: MCJ receives one intake, already submitted.
    expect(outbox.map((e) => [e.kind, e.entity, e.entityId, e.caseId])).toEqual([
      ['create', 'intake', intake.id, intake.id],
    ]);
    expect(outbox[0]!.body).toMatchObject({ state: 'submitted', startedBy: attorney });
    expect((await intakes.get(intake.id))?.state).toBe('submitted');
    await expect(intakes.submit(intake.id)).rejects.toMatchObject({
      message: 'intake.transition.notDraft',
    });
  });

  it('after MCJ declines it (pulled), refuses edits with the true reason and allows the dismissal', async () => {
    const intake = await intakes.create(attorney, content());
    await intakes.submit(intake.id);
    const declined: Intake = {
      ...(await intakes.get(intake.id))!,
      state: 'declined',
      submittedAt: '2026-12-01T16:00:00.000Z',
      decision: { by: staff, at: '2026-12-02T10:00:00.000Z', reason: 'Outside our service area.' },
    };
    const page: PullResponse = {
      changes: [
        {
          entity: 'intake',
          id: intake.id,
          caseId: intake.id,
          version: 3,
          op: 'upsert',
          row: declined as unknown as JsonObject,
        },
      ],
      grants: [],
      revocations: [],
      nextCursor: 'c',
      hasMore: false,
    };
    // Its own submission is acknowledged first (as a push does), so the server's version wins.
    await db.outbox.clear();
    await applyPullPage(db, page);
    expect(await intakes.get(intake.id)).toMatchObject({
      state: 'declined',
      decision: { reason: 'Outside our service area.' },
    });
    await expect(intakes.edit(intake.id, content())).rejects.toMatchObject({
      message: 'intake.transition.notSubmitted',
    });
    await intakes.dismiss(intake.id);
    expect((await intakes.get(intake.id))?.dismissedAt).toBeTruthy();
    const queued = await db.outbox.toArray();
    expect(queued.map((e) => e.kind)).toEqual(['patch']);
  });

  it('lists every A-number on the laptop, cases and intakes, for the duplicate warning', async () => {
    const file = emptyCaseFile({
      id: newId(),
      reference: 'MCJ-2026-0007',
      familyName: 'Prueba',
      givenNames: 'Ana',
    });
    file.identity.aNumber = '098765432';
    await createDocumentsRepository(() => db).create('case', file.id, file);
    const intake = await intakes.create(attorney, content());
    expect(await intakes.aNumberHolders()).toEqual(
      expect.arrayContaining([
        { id: file.id, reference: 'MCJ-2026-0007', aNumber: '098765432' },
        { id: intake.id, reference: intake.reference, aNumber: '098765432' },
      ]),
    );
  });

  it('keeps a synced intake after a push: its own record is its scope, not work left without a case', async () => {
    const intake = await intakes.create(attorney, content());
    await db.outbox.clear(); // acknowledged by MCJ
    expect(await completePendingRemovals(db)).toEqual([]);
    expect(await intakes.get(intake.id)).toBeDefined();
  });
});
