import { describe, expect, it } from 'vitest';
import { draftFileName } from './file-name';
import { requirement, requirementIds } from './requirements';

describe('requirements', () => {
  it('each has a document label and a place to fill it', () => {
    for (const id of requirementIds) {
      const item = requirement(id);
      expect(item.placeholder.trim(), id).not.toBe('');
      expect(item.placeholder, id).not.toMatch(/\[|\]/);
      expect(['case', 'profile', 'interviews', 'defense', 'options', 'document']).toContain(
        item.target.kind,
      );
    }
  });
});

describe('draft file names', () => {
  it('use the case reference, draft kind and date only', () => {
    expect(draftFileName('MCJ-2026-0042', 'motion-to-continue', '2026-11-27')).toBe(
      'MCJ-2026-0042-motion-to-continue-2026-11-27.docx',
    );
  });

  it('refuse anything that is not a case reference or a date', () => {
    expect(() => draftFileName('Ana Prueba', 'bond-motion', '2026-11-27')).toThrow(RangeError);
    expect(() => draftFileName('MCJ-2026-0042', 'bond-motion', 'today')).toThrow(RangeError);
  });
});
