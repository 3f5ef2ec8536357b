/** Synthetic custody checks, contacts and time entries for tests. */
import type { ContactLog, CustodyCheck, TimeEntry } from './case-logs';
import { SYNTHETIC_CASE_ID, syntheticUuid } from './case-file.fixture';

export function syntheticCustodyCheck(overrides: Partial<CustodyCheck> = {}): CustodyCheck {
  return {
    id: syntheticUuid(700),
    caseId: SYNTHETIC_CASE_ID,
    kind: 'check',
    checkedOn: '2026-12-01',
    facility: 'Adams County Correctional Center',
    source: 'locator',
    checkedBy: 'Abogada Prueba',
    recordedAt: '2026-12-01T15:00:00.000Z',
    ...overrides,
  };
}

export function syntheticContact(overrides: Partial<ContactLog> = {}): ContactLog {
  return {
    id: syntheticUuid(710),
    caseId: SYNTHETIC_CASE_ID,
    date: '2026-12-02',
    type: 'visit',
    interpreter: true,
    interpreterName: 'Intérprete Prueba',
    language: { code: 'mam', name: 'Mam' },
    durationMinutes: 45,
    notes: null,
    recordedAt: '2026-12-02T18:00:00.000Z',
    ...overrides,
  };
}

export function syntheticTimeEntry(overrides: Partial<TimeEntry> = {}): TimeEntry {
  return {
    id: syntheticUuid(720),
    caseId: SYNTHETIC_CASE_ID,
    attorneyId: syntheticUuid(730),
    activity: 'interview',
    date: '2026-12-02',
    minutes: 90,
    source: 'manual',
    recordedAt: '2026-12-02T18:00:00.000Z',
    ...overrides,
  };
}
