import { describe, expect, it } from 'vitest';
import { getDefense } from '../catalog';
import type { ChecklistState } from '../domain/case-records';
import { ChecklistStateSchema } from '../domain/case-records';
import { evidenceTagsOf, missingEvidence, tagEvidence } from './evidence-links';

const DOC_A = '11111111-1111-4111-8111-111111111111';
const DOC_B = '22222222-2222-4222-8222-222222222222';

function checklist(defenseId: string): ChecklistState {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    caseId: '44444444-4444-4444-8444-444444444444',
    defenseId,
    elements: {},
    evidence: {},
    origin: 'manual',
    dismissed: null,
  };
}

const defense = getDefense('asylum')!;
const [first, second] = defense.evidence;

describe('tagEvidence', () => {
  it('marks the item received with the document, and the result is a valid checklist', () => {
    const tagged = tagEvidence(checklist('asylum'), first!.id, DOC_A, true);
    expect(tagged.evidence[first!.id]).toEqual({ status: 'received', documentIds: [DOC_A] });
    expect(ChecklistStateSchema.safeParse(tagged).success).toBe(true);
  });

  it('never lists a document twice, and keeps the note', () => {
    let state = checklist('asylum');
    state = {
      ...state,
      evidence: { [first!.id]: { status: 'requested', note: 'Asked the sister' } },
    };
    state = tagEvidence(state, first!.id, DOC_A, true);
    state = tagEvidence(state, first!.id, DOC_A, true);
    expect(state.evidence[first!.id]).toEqual({
      status: 'received',
      note: 'Asked the sister',
      documentIds: [DOC_A],
    });
  });

  it('puts the item back to needed when its last document is taken off, not before', () => {
    let state = tagEvidence(checklist('asylum'), first!.id, DOC_A, true);
    state = tagEvidence(state, first!.id, DOC_B, true);
    state = tagEvidence(state, first!.id, DOC_A, false);
    expect(state.evidence[first!.id]).toMatchObject({ status: 'received', documentIds: [DOC_B] });
    state = tagEvidence(state, first!.id, DOC_B, false);
    expect(state.evidence[first!.id]).toMatchObject({ status: 'needed', documentIds: [] });
  });

  it('leaves an item marked received by hand (no document) as it is when nothing was tagged', () => {
    const state = {
      ...checklist('asylum'),
      evidence: { [first!.id]: { status: 'received' as const } },
    };
    expect(tagEvidence(state, first!.id, DOC_A, false).evidence[first!.id]!.status).toBe(
      'received',
    );
  });
});

describe('evidenceTagsOf and missingEvidence', () => {
  it('finds a document’s tags across checklists and lists what is still missing', () => {
    const asylum = tagEvidence(checklist('asylum'), first!.id, DOC_A, true);
    expect(evidenceTagsOf([asylum], DOC_A)).toEqual([{ defenseId: 'asylum', itemId: first!.id }]);
    expect(evidenceTagsOf([asylum], DOC_B)).toEqual([]);
    const missing = missingEvidence(defense, asylum).map((item) => item.id);
    expect(missing).not.toContain(first!.id);
    expect(missing).toContain(second!.id);
    expect(missingEvidence(defense, undefined)).toHaveLength(defense.evidence.length);
  });
});
