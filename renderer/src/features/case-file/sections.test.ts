import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import type { FieldSpec } from '../forms/field-spec';
import { caseFileSections } from './sections';

type Tree = { [key: string]: string | Tree };

function at(tree: Tree, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<Tree | string | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      tree,
    );
  return typeof value === 'string' ? value : undefined;
}

function keysFor(partKey: string, fields: readonly FieldSpec[], prefix = ''): string[] {
  return fields.flatMap((spec) => {
    if (spec.kind === 'group')
      return [`groups.${spec.name}`, ...keysFor(partKey, spec.fields, `${spec.name}.`)];
    const keys = [`fields.${partKey}.${prefix}${spec.name}`];
    if (spec.hint) keys.push(`hints.${partKey}.${prefix}${spec.name}`);
    for (const option of spec.options ?? [])
      keys.push(`options.${spec.optionsKey ?? spec.name}.${option}`);
    return keys;
  });
}

describe('case-file sections', () => {
  const required = caseFileSections.flatMap((section) => [
    `sections.${section.id}`,
    ...section.parts.flatMap((part) => [
      `parts.${part.key}.title`,
      ...(part.kind === 'list'
        ? [`parts.${part.key}.add`, `parts.${part.key}.empty`, `parts.${part.key}.item`]
        : []),
      ...keysFor(part.key, part.fields),
    ]),
  ]);

  it.each(['en', 'es'] as const)('has every label, hint and option in %s', (language) => {
    const tree = resources[language].caseFile as unknown as Tree;
    expect(required.filter((key) => !at(tree, key))).toEqual([]);
  });

  it('gives every list part a new row that only lacks what the attorney must type', () => {
    for (const part of caseFileSections.flatMap((s) => s.parts)) {
      if (part.kind !== 'list') continue;
      const row = part.newItem('5f1c4c8e-2d7b-4a51-9a33-0c1d2e3f4a5b');
      const result = part.schema.safeParse(row);
      const mustType = new Set(
        part.fields.filter((f) => f.kind !== 'group' && f.required).map((f) => f.name),
      );
      const others = result.success
        ? []
        : result.error.issues.filter((i) => !mustType.has(String(i.path[0])));
      expect({ part: part.key, others }).toEqual({ part: part.key, others: [] });
    }
  });
});
