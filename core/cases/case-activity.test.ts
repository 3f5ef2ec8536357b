import { describe, expect, it } from 'vitest';
import { syntheticCaseFile } from '../domain/case-file.fixture';
import {
  syntheticContact,
  syntheticCustodyCheck,
  syntheticTimeEntry,
} from '../domain/case-logs.fixture';
import { caseActivity, lastContact } from './case-activity';
import { summarizeCaseFile } from './case-summary';

describe('lastContact', () => {
  it('is the latest contact on or before today, N days ago', () => {
    const contacts = [
      syntheticContact({ date: '2026-11-28' }),
      syntheticContact({ date: '2026-12-02', type: 'phone' }),
      syntheticContact({ date: '2026-12-20', type: 'visit' }),
    ];
    expect(lastContact(contacts, '2026-12-06')).toEqual({
      date: '2026-12-02',
      type: 'phone',
      daysAgo: 4,
    });
    expect(lastContact([], '2026-12-06')).toBeNull();
  });
});

describe('case activity in the summary both halves use', () => {
  it('carries last location, next re-check, last contact and pro bono minutes', () => {
    const base = syntheticCaseFile();
    const file = {
      ...base,
      custody: { ...base.custody, status: 'detained' as const, detentionDate: '2026-11-20' },
    };
    const summary = summarizeCaseFile(file, [], '2026-12-02', {
      custodyChecks: [syntheticCustodyCheck()],
      contacts: [syntheticContact()],
      timeEntries: [syntheticTimeEntry(), syntheticTimeEntry({ minutes: 15 })],
    });
    expect(summary).toMatchObject({
      lastConfirmedFacility: 'Adams County Correctional Center',
      lastConfirmedOn: '2026-12-01',
      nextRecheckDue: '2026-12-04',
      lastContactOn: '2026-12-02',
      proBonoMinutes: 105,
    });
  });

  it('without logs: nothing confirmed, due from detention, zero minutes', () => {
    const activity = caseActivity(
      syntheticCaseFile(),
      { custodyChecks: [], contacts: [], timeEntries: [] },
      '2026-12-02',
    );
    expect(activity).toEqual({
      lastConfirmedFacility: null,
      lastConfirmedOn: null,
      nextRecheckDue: null,
      lastContactOn: null,
      proBonoMinutes: 0,
    });
  });
});
