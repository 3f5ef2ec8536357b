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

  // base64url of any text, as a client or an attacker could send it.
  const base64url = (text: string) =>
    btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  // 27 bytes of JSON, then three spaces: "ICAg", the "A" (0) at a known place.
  const json = `${JSON.stringify({ seq: 7, epoch: 1, v: 1 })}  `;
  const cursor: Cursor = { seq: 7, epoch: 1, v: 1 };

  it('reads what it could have issued, spaces included, up to its length limit', () => {
    expect(decodeCursor(base64url(`${json}   `))).toEqual(cursor);
    // 768 bytes: exactly 1,024 characters.
    const longest = base64url(json.padEnd(768, ' '));
    expect(longest).toHaveLength(1024);
    expect(decodeCursor(longest)).toEqual(cursor);
    expect(decodeCursor(base64url(json.padEnd(771, ' ')))).toBeNull();
  });

  it('refuses a character outside base64url even where it would read as zero', () => {
    const encoded = base64url(`${json}   `);
    expect(encoded.slice(-4)).toBe('ICAg');
    for (const stranger of ['.', '=', '+', '/', ' ']) {
      expect(decodeCursor(`${encoded.slice(0, -2)}${stranger}g`), stranger).toBeNull();
    }
  });

  it('refuses a dangling sixth of a byte', () => {
    const encoded = base64url(`${json}   `);
    expect(encoded.length % 4).toBe(0);
    // "I" alone would add a space (8 << 2 = 32) to the JSON.
    expect(decodeCursor(`${encoded}I`)).toBeNull();
  });

  it('issues only ASCII cursors', () => {
    const fill = { scope: 'all' as const, after: 'café' };
    expect(() => encodeCursor({ ...cursor, fill })).toThrow('cursor must be ASCII');
    expect(() => encodeCursor({ ...cursor, fill: { ...fill, after: 'ñ-tail' } })).toThrow(
      'cursor must be ASCII',
    );
    expect(() => encodeCursor({ ...cursor, fill: { ...fill, after: 'head-ñ' } })).toThrow(
      'cursor must be ASCII',
    );
  });
});
