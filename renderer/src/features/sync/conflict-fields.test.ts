import { describe, expect, it } from 'vitest';
import { fieldLabelPath } from './conflict-fields';

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
