import { describe, expect, it } from 'vitest';
import { commitId, commitSeeds, FIXED_SEEDS, serverRestoresFor } from './ci-seeds';

describe('the seeds CI runs', () => {
  it('has ten fixed seeds', () => {
    expect(FIXED_SEEDS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('derives two different seeds from a commit, above the fixed ones', () => {
    const seeds = commitSeeds('0a98c19e5f3b2d71aa00bb11cc22dd33ee44ff55');
    expect(seeds).toEqual([11 + (0x0a98c19e % 1_000_000), 11 + (0x5f3b2d71 % 1_000_000)]);
    expect(new Set(seeds).size).toBe(2);
    for (const seed of seeds) expect(seed).toBeGreaterThan(Math.max(...FIXED_SEEDS));
  });

  it('keeps the two seeds apart when both halves give the same one', () => {
    expect(commitSeeds('0000000a0000000a')).toEqual([21, 22]);
  });

  it('derives the same seeds from the same commit (a failure replays)', () => {
    const commit = 'ffffffff12345678';
    expect(commitSeeds(commit)).toEqual(commitSeeds(commit.toUpperCase()));
  });

  it('derives one seed from a short id and none without an id', () => {
    expect(commitSeeds('deadbeef')).toEqual([11 + (0xdeadbeef % 1_000_000)]);
    expect(commitSeeds(null)).toEqual([]);
    expect(commitSeeds('abc')).toEqual([]);
    expect(commitSeeds('not-hex!')).toEqual([]);
  });

  it('takes the commit from CI variables first', () => {
    expect(commitId({ GITHUB_SHA: 'ABCDEF1234567890' })).toBe('abcdef1234567890');
    expect(commitId({ AMPARO_COMMIT: '1234567', GITHUB_SHA: 'abcdef12' })).toBe('1234567');
  });

  it('restores the server in fixed seeds 1 and 3 only', () => {
    const derived = commitSeeds('0a98c19e5f3b2d71aa00bb11cc22dd33ee44ff55');
    const restored = [...FIXED_SEEDS, ...derived].filter((s) => serverRestoresFor(s));
    expect(restored).toEqual([1, 3]);
  });
});
