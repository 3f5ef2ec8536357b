import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATED_PAGE_BYTES, planPacket, tabLetter, type PlannedDocument } from './packet-plan';

const doc = (id: string, pageCount: number, translated = false, byteSize = 10_000) =>
  ({ documentId: id, pageCount, translated, byteSize }) satisfies PlannedDocument;

describe('tabLetter', () => {
  it('runs A to Z, then AA, AB, as court exhibit tabs do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(tabLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('planPacket', () => {
  it('numbers cover, index, tabs, documents, certificates and proof of service consecutively', () => {
    const plan = planPacket([doc('birth', 2), doc('letter', 1, true), doc('medical', 3)]);
    expect(plan.indexPageCount).toBe(1);
    expect(
      plan.exhibits.map((e) => [e.letter, e.firstPage, e.documentFirstPage, e.certificatePage]),
    ).toEqual([
      ['A', 3, 4, null],
      ['B', 6, 7, 8],
      ['C', 9, 10, null],
    ]);
    expect(plan.exhibits.map((e) => e.lastPage)).toEqual([5, 8, 12]);
    expect(plan.proofOfServicePage).toBe(13);
    expect(plan.pageCount).toBe(13);
    expect(plan.parts).toHaveLength(1);
    expect(plan.parts[0]).toMatchObject({ firstPage: 1, lastPage: 13, overLimit: false });
  });

  it('gives the index a second page past 24 exhibits', () => {
    const plan = planPacket(Array.from({ length: 25 }, (_, i) => doc(`d${i}`, 1)));
    expect(plan.indexPageCount).toBe(2);
    expect(plan.exhibits[0]!.firstPage).toBe(4);
    expect(plan.exhibits[24]!.letter).toBe('Y');
  });

  it('splits between exhibits under the size limit, each later part opening with its own cover', () => {
    const mb = 1024 * 1024;
    const plan = planPacket(
      [doc('a', 2, false, 6 * mb), doc('b', 2, false, 3 * mb), doc('c', 1, false, 4 * mb)],
      { partByteLimit: 10 * mb },
    );
    expect(plan.parts.map((p) => p.exhibits.map((e) => e.letter))).toEqual([['A', 'B'], ['C']]);
    // Part 1: cover 1, index 2, A 3-5, B 6-8. Part 2: its cover 9, C 10-11, proof of service 12.
    expect(plan.parts.map((p) => [p.firstPage, p.lastPage])).toEqual([
      [1, 8],
      [9, 12],
    ]);
    expect(plan.exhibits[2]!.firstPage).toBe(10);
    expect(plan.proofOfServicePage).toBe(12);
  });

  it('puts an exhibit larger than the limit in a part of its own, marked over the limit', () => {
    const mb = 1024 * 1024;
    const plan = planPacket([doc('a', 1, false, mb), doc('huge', 9, false, 30 * mb)], {
      partByteLimit: 10 * mb,
    });
    expect(plan.parts.map((p) => [p.exhibits.map((e) => e.letter), p.overLimit])).toEqual([
      [['A'], false],
      [['B'], true],
    ]);
  });

  it('refuses a document without pages', () => {
    expect(() => planPacket([doc('empty', 0)])).toThrow(RangeError);
  });

  it('leaves no page unaccounted for, whatever the documents and the limit', () => {
    const documents = fc.array(
      fc.record({
        documentId: fc.uuid(),
        pageCount: fc.integer({ min: 1, max: 40 }),
        byteSize: fc.integer({ min: 1, max: 20_000_000 }),
        translated: fc.boolean(),
      }),
      { maxLength: 60 },
    );
    const limit = fc.option(fc.integer({ min: GENERATED_PAGE_BYTES * 3, max: 50_000_000 }));
    fc.assert(
      fc.property(documents, limit, (list, partByteLimit) => {
        const plan = planPacket(list, { partByteLimit });
        let expected = 1;
        for (const part of plan.parts) {
          expect(part.firstPage).toBe(expected);
          expected = part.lastPage + 1;
        }
        expect(expected - 1).toBe(plan.pageCount);
        const generated = 1 + plan.indexPageCount + (plan.parts.length - 1) + 1;
        const exhibitPages = list.reduce((n, d) => n + 1 + d.pageCount + (d.translated ? 1 : 0), 0);
        expect(plan.pageCount).toBe(generated + exhibitPages);
        plan.exhibits.forEach((exhibit, i) => {
          const next = plan.exhibits[i + 1];
          if (next) expect(next.firstPage).toBeGreaterThan(exhibit.lastPage);
        });
      }),
    );
  });
});
