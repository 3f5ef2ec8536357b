import { describe, expect, it } from 'vitest';
import { errorCodes } from '@core/errors/app-error';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('the console’s translations', () => {
  const en = leaves(resources.en.console as unknown as Tree);
  const es = leaves(resources.es.console as unknown as Tree);

  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect([...en.keys()].filter((k) => !es.has(k))).toEqual([]);
    expect([...es.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en, ...es].filter(([, v]) => !v.trim())).toEqual([]);
    expect(
      [...en.keys()].filter(
        (k) => placeholders(en.get(k)!).join() !== placeholders(es.get(k)!).join(),
      ),
    ).toEqual([]);
  });

  it('says something for every error code the server can answer', () => {
    const missing = errorCodes.filter((code) => !en.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });
});
