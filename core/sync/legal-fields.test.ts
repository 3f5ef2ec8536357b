import { describe, expect, it } from 'vitest';
import { isLegalField } from './legal-fields';

describe('legal fields', () => {
  it('flags hearing dates and times, court, A-number, custody status, facility and outcome', () => {
    for (const path of [
      'hearings/00000000-0000-4000-8000-000000000001/date',
      'hearings/00000000-0000-4000-8000-000000000001/time',
      'hearings/00000000-0000-4000-8000-000000000001/outcome',
      'court/court',
      'identity/aNumber',
      'custody/status',
      'custody/facility',
      'eoirStatus/status',
      'eoirStatus/decisionDate',
    ]) {
      expect(isLegalField('case', path), path).toBe(true);
    }
  });

  it('treats a whole-section change as legal when the section holds a legal field', () => {
    expect(isLegalField('case', 'custody')).toBe(true);
    expect(isLegalField('case', 'identity')).toBe(true);
  });

  it('leaves other fields mergeable by server order', () => {
    expect(isLegalField('case', 'identity/familyName')).toBe(false);
    expect(isLegalField('case', 'hearings/h1/notes')).toBe(false);
    expect(isLegalField('case', 'custody/iceOffice')).toBe(false);
    expect(isLegalField('comment', 'body')).toBe(false);
  });

  it('treats a manual deadline date as legal', () => {
    expect(isLegalField('deadline', 'date')).toBe(true);
    expect(isLegalField('deadline', 'title')).toBe(false);
  });
});
