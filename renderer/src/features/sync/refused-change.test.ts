import { describe, expect, it } from 'vitest';
import { refusedLines } from './refused-change';

describe('what a refused change held', () => {
  it('lists the values a case-file change set, without bookkeeping', () => {
    expect(
      refusedLines({
        patch: {
          set: { 'identity/phone': '601-555-0142', 'identity/languages': [{ code: 'es' }] },
          ops: [{ op: 'add', path: 'hearings', item: { id: 'h1', date: '2027-01-10' } }],
        },
      }),
    ).toEqual([
      { path: 'identity/phone', text: '601-555-0142' },
      { path: 'identity/languages/code', text: 'es' },
      { path: 'hearings/date', text: '2027-01-10' },
    ]);
  });

  it('gives the text of a note revision or a new record, not its ids and stamps', () => {
    expect(
      refusedLines({
        patch: { set: {} },
        body: {
          id: 'r1',
          noteId: 'n1',
          caseId: 'c1',
          parentIds: ['r0'],
          body: 'She crossed at Hidalgo.',
          createdAt: '2026-12-07T15:00:00.000Z',
          state: 'draft',
        },
      }),
    ).toEqual([{ path: 'body', text: 'She crossed at Hidalgo.' }]);
  });

  it('holds nothing for an empty change', () => {
    expect(refusedLines({ patch: { set: { 'identity/phone': '  ' } } })).toEqual([]);
  });
});
