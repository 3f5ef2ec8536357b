import { describe, expect, it } from 'vitest';
import { readAt, writeAt, writeItem } from './doc-paths';

describe('doc paths', () => {
  const doc = {
    nta: { charges: [{ id: 'a', section: '212(a)(6)(A)(i)' }], classBox: 'unknown' },
    court: {},
  };

  it('reads and writes nested values without mutating the original', () => {
    const next = writeAt(doc, ['court', 'judge'], 'IJ Example');
    expect(readAt(next, ['court', 'judge'])).toBe('IJ Example');
    expect(doc.court).toEqual({});
  });

  it('replaces, appends and removes list items by id', () => {
    const replaced = writeItem(doc, ['nta', 'charges'], 'a', { id: 'a', section: '237(a)(1)(B)' });
    expect(readAt(replaced, ['nta', 'charges'])).toEqual([{ id: 'a', section: '237(a)(1)(B)' }]);
    const appended = writeItem(replaced, ['nta', 'charges'], 'b', {
      id: 'b',
      section: '212(a)(7)(A)(i)(I)',
    });
    expect((readAt(appended, ['nta', 'charges']) as unknown[]).length).toBe(2);
    const removed = writeItem(appended, ['nta', 'charges'], 'a', null);
    expect(readAt(removed, ['nta', 'charges'])).toEqual([
      { id: 'b', section: '212(a)(7)(A)(i)(I)' },
    ]);
    expect(readAt(doc, ['nta', 'classBox'])).toBe('unknown');
  });
});
