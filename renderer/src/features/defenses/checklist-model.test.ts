import { getDefense } from '@core/catalog';
import { ChecklistStateSchema } from '@core/domain/case-records';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checklistProgress,
  dismissChecklist,
  emptyChecklist,
  evidenceState,
  hasEdits,
  mergeEdits,
  noEdits,
  restoreChecklist,
} from './checklist-model';
import { uuid } from './screening-cases.fixture';

const base = emptyChecklist(uuid(1), uuid(2), 'asylum', 'screening');

describe('checklist model', () => {
  it('applies element and evidence edits into a document the core schema accepts', () => {
    const edits = mergeEdits(
      { elements: { 'asylum.fear': { status: 'met' } }, evidence: {} },
      {
        elements: { 'asylum.fear': { note: 'Said so at intake' } },
        evidence: { 'asylum.doc-identity': { status: 'received' } },
      },
    );
    const next = applyEdits(base, edits);
    expect(next.elements['asylum.fear']).toEqual({ status: 'met', note: 'Said so at intake' });
    expect(next.evidence['asylum.doc-identity']).toEqual({ status: 'received', note: null });
    expect(ChecklistStateSchema.safeParse(next).success).toBe(true);
  });

  it('keeps the documents tagged as evidence when the item’s note or status is edited', () => {
    const tagged = {
      ...base,
      evidence: { 'asylum.doc-identity': { status: 'received' as const, documentIds: [uuid(9)] } },
    };
    const next = applyEdits(tagged, {
      elements: {},
      evidence: { 'asylum.doc-identity': { note: 'Passport copy' } },
    });
    expect(next.evidence['asylum.doc-identity']).toEqual({
      status: 'received',
      note: 'Passport copy',
      documentIds: [uuid(9)],
    });
  });

  it('stores a blank note as null but keeps it while typing', () => {
    const edits = { elements: {}, evidence: { 'asylum.doc-identity': { note: '  ' } } };
    expect(applyEdits(base, edits).evidence['asylum.doc-identity']?.note).toBeNull();
    expect(applyEdits(base, edits, false).evidence['asylum.doc-identity']?.note).toBe('  ');
  });

  it('defaults to unknown elements and needed evidence', () => {
    expect(evidenceState(null, 'asylum.doc-identity')).toEqual({ status: 'needed', note: null });
    const progress = checklistProgress(getDefense('asylum')!, null);
    expect(progress.elements.unknown).toBe(getDefense('asylum')!.questions.length);
    expect(progress.evidence.needed).toBe(getDefense('asylum')!.evidence.length);
  });

  it('dismisses with a trimmed reason and restores', () => {
    const dismissed = dismissChecklist(base, ' Client has no fear ', '2026-06-01T15:00:00.000Z');
    expect(dismissed.dismissed).toEqual({
      reason: 'Client has no fear',
      at: '2026-06-01T15:00:00.000Z',
    });
    expect(ChecklistStateSchema.safeParse(dismissed).success).toBe(true);
    expect(restoreChecklist(dismissed).dismissed).toBeNull();
  });

  it('knows when there is nothing to save', () => {
    expect(hasEdits(noEdits)).toBe(false);
    expect(hasEdits({ elements: {}, evidence: { x: { status: 'needed' } } })).toBe(true);
  });
});
