import { describe, expect, it } from 'vitest';
import {
  FieldPathSchema,
  escapeSegment,
  isPathPrefix,
  isValidPath,
  joinPath,
  pathsOverlap,
  patternOverlaps,
  splitPath,
  unescapeSegment,
} from './field-path';

describe('field paths', () => {
  it('escapes / and ~ inside segments and round-trips', () => {
    expect(escapeSegment('a/b~c')).toBe('a~1b~0c');
    expect(unescapeSegment('a~1b~0c')).toBe('a/b~c');
    const segments = ['extra', 'x/y', '~1', 'plain'];
    expect(splitPath(joinPath(segments))).toEqual(segments);
  });

  it('rejects empty segments, bad escapes and prototype keys', () => {
    expect(isValidPath('identity/aNumber')).toBe(true);
    expect(isValidPath('')).toBe(false);
    expect(isValidPath('a//b')).toBe(false);
    expect(isValidPath('a/~2')).toBe(false);
    expect(isValidPath('a/__proto__/b')).toBe(false);
    expect(FieldPathSchema.safeParse('x'.repeat(600)).success).toBe(false);
  });

  it('compares prefixes segment-wise', () => {
    expect(isPathPrefix('court', 'court/judge')).toBe(true);
    expect(isPathPrefix('court', 'courtroom')).toBe(false);
    expect(pathsOverlap('custody/status', 'custody')).toBe(true);
    expect(pathsOverlap('custody/status', 'custody/facility')).toBe(false);
  });

  it('matches patterns with * for one segment, in both directions', () => {
    expect(patternOverlaps('hearings/*/date', 'hearings/h1/date')).toBe(true);
    expect(patternOverlaps('hearings/*/date', 'hearings/h1/notes')).toBe(false);
    expect(patternOverlaps('hearings/*/date', 'hearings')).toBe(true);
    expect(patternOverlaps('eoirStatus', 'eoirStatus/decisionDate')).toBe(true);
    expect(patternOverlaps('identity/aNumber', 'identity/familyName')).toBe(false);
  });

  it('splits the empty path into no segments', () => {
    expect(splitPath('')).toEqual([]);
    expect(joinPath([])).toBe('');
  });

  it('takes paths up to 512 characters', () => {
    expect(isValidPath('x'.repeat(512))).toBe(true);
    expect(isValidPath('x'.repeat(513))).toBe(false);
    expect(isValidPath(`a/${'x'.repeat(511)}`)).toBe(false);
  });

  it('names its refusal for the client', () => {
    const parsed = FieldPathSchema.safeParse('a//b');
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['validation.fieldPath']);
  });
});
