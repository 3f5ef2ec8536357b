import { describe, expect, it } from 'vitest';
import { rebase } from './rebase';
import type { OutboxRow } from './rows';

const entry = (patch: OutboxRow['patch'], seq: number | null = null): OutboxRow => ({
  mutationId: `m-${Math.random()}`,
  seq,
  kind: 'patch',
  entity: 'case',
  entityId: 'c',
  caseId: 'c',
  baseVersion: 1,
  patch,
  clientTime: '2026-11-27T10:00:00.000Z',
  state: 'pending',
  fromDoc: {},
});

describe('rebase', () => {
  it('keeps the server fields and puts pending local changes on top', () => {
    const server = {
      court: { court: 'Memphis', judge: 'IJ Server' },
      custody: { status: 'detained' },
    };
    const pending = [entry({ set: { 'court/judge': 'IJ Local' } })];
    const result = rebase(server, pending);
    expect(result.doc).toEqual({
      court: { court: 'Memphis', judge: 'IJ Local' },
      custody: { status: 'detained' },
    });
    // The attorney never saw the newer server state under their pending value: keep its base.
    expect(result.updated[0]).toMatchObject({ baseVersion: 1, fromDoc: null });
  });

  it('closes only unsent entries to coalescing', () => {
    const sent = entry({ set: { a: 1 } }, 4);
    const unsent = entry({ set: { b: 2 } });
    const result = rebase({ a: 0, b: 0 }, [sent, unsent]);
    expect(result.doc).toEqual({ a: 1, b: 2 });
    expect(result.updated).toHaveLength(1);
    expect(result.updated[0]).toMatchObject({ mutationId: unsent.mutationId, fromDoc: null });
  });

  it('reports a patch that no longer applies instead of throwing it away', () => {
    const pending = [entry({ set: { 'hearings/h1/time': '10:00' } })];
    const result = rebase({ hearings: [] }, pending);
    expect(result.failed).toHaveLength(1);
    expect(result.doc).toEqual({ hearings: [] });
  });
});
