import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cursor } from './cursor-codec';
import { decodeCursor, encodeCursor } from './cursor-codec';

describe('cursor codec', () => {
  it('round-trips cursors, with and without a fill position (property)', () => {
    const cursor = fc.record(
      {
        seq: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        epoch: fc.integer({ min: 1, max: 1000 }),
        v: fc.constant(1 as const),
        fill: fc.record({
          scope: fc.oneof(fc.constant('all' as const), fc.uuid({ version: 4 })),
          after: fc.string({ maxLength: 80, unit: 'grapheme-ascii' }),
        }),
      },
      { requiredKeys: ['seq', 'epoch', 'v'] },
    );
    fc.assert(
      fc.property(cursor, (value: Cursor) => {
        const encoded = encodeCursor(value);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(encoded)).toEqual(value);
      }),
    );
  });

  it('answers null for anything it could not have issued (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (garbage) => {
        const decoded = decodeCursor(garbage);
        if (decoded !== null) expect(encodeCursor(decoded)).toBeTypeOf('string');
      }),
    );
    expect(decodeCursor('')).toBeNull();
    expect(decodeCursor('not base64!')).toBeNull();
    expect(decodeCursor(btoa('{"seq":-1,"epoch":1,"v":1}').replace(/=+$/, ''))).toBeNull();
    expect(decodeCursor('a'.repeat(2000))).toBeNull();
  });
});
