import { describe, expect, it } from 'vitest';
import { conflictEditor, fieldLabelPath, parseConflictValue } from './conflict-fields';

describe('fieldLabelPath', () => {
  it('drops item ids from list paths', () => {
    expect(fieldLabelPath('hearings/5f1c4c8e-2d7b-4a51-9a33-0c1d2e3f4a5b/date')).toEqual([
      'hearings',
      'date',
    ]);
    expect(fieldLabelPath('court/court')).toEqual(['court', 'court']);
    expect(fieldLabelPath('eoirStatus')).toBeNull();
    expect(fieldLabelPath(undefined)).toBeNull();
  });
});

describe('conflict editors', () => {
  const hearing = 'hearings/5f1c4c8e-2d7b-4a51-9a33-0c1d2e3f4a5b/date';

  it('finds the form field of every legally significant case field that is one value', () => {
    expect(conflictEditor('case', hearing)).toMatchObject({
      partKey: 'hearings',
      spec: { name: 'date', kind: 'date', required: true },
    });
    expect(conflictEditor('case', 'custody/status')).toMatchObject({
      partKey: 'custody',
      spec: { kind: 'select', optionsKey: 'custodyStatus' },
    });
    expect(conflictEditor('case', 'identity/aNumber')?.spec.kind).toBe('aNumber');
    expect(conflictEditor('case', 'court/controlCourt')?.spec.kind).toBe('text');
    expect(conflictEditor('case', 'eoirStatus')).toBeNull();
    expect(conflictEditor('deadline', 'date')?.spec.kind).toBe('date');
  });

  it('turns what was typed into the stored value, or the message for the field', () => {
    const date = conflictEditor('case', hearing)!;
    expect(parseConflictValue(date, '2027-01-18')).toEqual({ ok: true, value: '2027-01-18' });
    expect(parseConflictValue(date, '2027-02-30')).toMatchObject({ ok: false });
    expect(parseConflictValue(date, '')).toEqual({ ok: false, error: 'validation.required' });
    const aNumber = conflictEditor('case', 'identity/aNumber')!;
    expect(parseConflictValue(aNumber, 'A 012-345-678')).toEqual({ ok: true, value: '012345678' });
    expect(parseConflictValue(aNumber, '12')).toEqual({
      ok: false,
      error: 'validation.aNumber.format',
    });
    const status = conflictEditor('case', 'custody/status')!;
    expect(parseConflictValue(status, 'detained')).toEqual({ ok: true, value: 'detained' });
    const time = conflictEditor('case', hearing.replace('date', 'time'))!;
    expect(parseConflictValue(time, '')).toEqual({ ok: true, value: null });
  });
});
