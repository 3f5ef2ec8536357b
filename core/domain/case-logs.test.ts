import { describe, expect, it } from 'vitest';
import { validateEntityDocument } from '../sync/entity-schemas';
import { ContactLogSchema, CustodyCheckSchema, TimeEntrySchema } from './case-logs';
import { syntheticContact, syntheticCustodyCheck, syntheticTimeEntry } from './case-logs.fixture';

describe('case log schemas', () => {
  it('accept the synthetic records', () => {
    expect(CustodyCheckSchema.parse(syntheticCustodyCheck())).toBeTruthy();
    expect(ContactLogSchema.parse(syntheticContact())).toBeTruthy();
    expect(TimeEntrySchema.parse(syntheticTimeEntry())).toBeTruthy();
  });

  it.each([
    ['custodyCheck', { ...syntheticCustodyCheck(), source: 'scraper' }, 'source'],
    ['custodyCheck', { ...syntheticCustodyCheck(), facility: '   ' }, 'facility'],
    ['custodyCheck', { ...syntheticCustodyCheck(), checkedOn: '2026-02-30' }, 'checkedOn'],
    ['custodyCheck', { ...syntheticCustodyCheck(), extra: 1 }, ''],
    ['contact', { ...syntheticContact(), type: 'telepathy' }, 'type'],
    ['contact', { ...syntheticContact(), durationMinutes: -5 }, 'durationMinutes'],
    ['contact', { ...syntheticContact(), interpreter: 'yes' }, 'interpreter'],
    ['timeEntry', { ...syntheticTimeEntry(), minutes: -1 }, 'minutes'],
    ['timeEntry', { ...syntheticTimeEntry(), minutes: 1.5 }, 'minutes'],
    ['timeEntry', { ...syntheticTimeEntry(), minutes: 7 * 24 * 60 + 1 }, 'minutes'],
    ['timeEntry', { ...syntheticTimeEntry(), activity: 'golf' }, 'activity'],
    ['timeEntry', { ...syntheticTimeEntry(), flags: ['bogus'] }, 'flags.0'],
  ] as const)('%s refuses a malformed document (%s)', (entity, doc, path) => {
    const result = validateEntityDocument(entity, doc, { entityId: doc.id, caseId: doc.caseId });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
    // Messages are i18n keys, never English sentences.
    if (!result.ok)
      for (const issue of result.issues) expect(issue.code).toMatch(/^[a-z]+\.[A-Za-z.]+/);
  });
});
