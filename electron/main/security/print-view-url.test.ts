import { describe, expect, it } from 'vitest';
import { isPrintViewUrl } from './app-origin';

describe('isPrintViewUrl', () => {
  it.each([
    ['app://amparo/#/print/cases/0b6f3c1e-7a3d/summary', true],
    ['app://amparo/#/print/cases/a/interviews/b', true],
    ['app://amparo/#/cases/a/file/identity', false],
    ['app://amparo/#/print/', false],
    ['app://amparo/index.html#/print/cases/a/summary', false],
    ['app://amparo/?x=1#/print/cases/a/summary', false],
    ['app://evil/#/print/cases/a/summary', false],
    ['https://amparo/#/print/cases/a/summary', false],
    ['app://amparo/#/print/cases/a/summary?<script>', false],
    [42, false],
  ])('%s → %s', (url, expected) => {
    expect(isPrintViewUrl(url)).toBe(expected);
  });
});
