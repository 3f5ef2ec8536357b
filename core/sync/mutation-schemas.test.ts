import { describe, expect, it } from 'vitest';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import { validateEntityDocument } from './entity-schemas';
import { MutationSchema } from './mutation-schemas';
import { PushRequestSchema } from './sync-api-schemas';

const caseFile = syntheticCaseFile();

const base = {
  mutationId: syntheticUuid(1),
  seq: 1,
  kind: 'patch',
  entity: 'case',
  entityId: caseFile.id,
  caseId: caseFile.id,
  baseVersion: 3,
  patch: { set: { 'custody/status': 'detained' } },
  clientTime: '2026-11-27T10:00:00-06:00',
};

describe('MutationSchema', () => {
  it('accepts a patch and ignores envelope fields from newer clients', () => {
    const parsed = MutationSchema.parse({ ...base, futureField: 1 });
    expect(parsed).not.toHaveProperty('futureField');
    expect(parsed.patch.set).toEqual({ 'custody/status': 'detained' });
  });

  it('ties kinds to entities and bodies', () => {
    expect(MutationSchema.safeParse({ ...base, kind: 'noteRevision' }).success).toBe(false);
    expect(MutationSchema.safeParse({ ...base, kind: 'create' }).success).toBe(false);
    expect(MutationSchema.safeParse({ ...base, kind: 'create', body: caseFile }).success).toBe(
      true,
    );
    expect(MutationSchema.safeParse({ ...base, caseId: syntheticUuid(9) }).success).toBe(false);
  });

  it('rejects gaps in shape: seq 0, negative versions, bad ids', () => {
    expect(MutationSchema.safeParse({ ...base, seq: 0 }).success).toBe(false);
    expect(MutationSchema.safeParse({ ...base, baseVersion: -1 }).success).toBe(false);
    expect(MutationSchema.safeParse({ ...base, entityId: 'x' }).success).toBe(false);
    expect(MutationSchema.safeParse({ ...base, patch: { set: { '': 1 } } }).success).toBe(false);
  });

  it('caps a push at 100 mutations', () => {
    const mutations = Array.from({ length: 101 }, (_, i) => ({ ...base, seq: i + 1 }));
    const push = { deviceId: syntheticUuid(2), protocolVersion: 1, schemaVersion: 1, mutations };
    expect(PushRequestSchema.safeParse(push).success).toBe(false);
    expect(
      PushRequestSchema.safeParse({ ...push, mutations: mutations.slice(0, 100) }).success,
    ).toBe(true);
  });
});

describe('validateEntityDocument', () => {
  it('accepts a valid case file that names itself as the envelope does', () => {
    const result = validateEntityDocument('case', caseFile, {
      entityId: caseFile.id,
      caseId: caseFile.id,
    });
    expect(result.ok).toBe(true);
  });

  it('refuses a document filed under another case or id', () => {
    const comment = {
      id: syntheticUuid(5),
      caseId: caseFile.id,
      authorId: syntheticUuid(6),
      body: 'Call back Tuesday',
      createdAt: '2026-11-27T16:00:00Z',
    };
    expect(
      validateEntityDocument('comment', comment, { entityId: comment.id, caseId: caseFile.id }).ok,
    ).toBe(true);
    expect(
      validateEntityDocument('comment', comment, { entityId: comment.id, caseId: syntheticUuid(7) })
        .ok,
    ).toBe(false);
  });

  it('reports paths and message keys, never values', () => {
    const bad = { ...caseFile, identity: { ...caseFile.identity, aNumber: 'Canary-Testperson' } };
    const result = validateEntityDocument('case', bad, { entityId: bad.id, caseId: bad.id });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('Canary');
  });
});
