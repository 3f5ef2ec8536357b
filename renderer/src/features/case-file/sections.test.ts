import { CaseFileSchema } from '@core/domain/case-file';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { resources } from '../../i18n/resources';
import type { FieldSpec } from '../forms/field-spec';
import { caseFileSections } from './sections';

type Tree = { [key: string]: string | Tree };

function unwrapObject(schema: z.ZodType): z.ZodObject | null {
  let at: z.core.$ZodType = schema;
  while (at._zod.def.type === 'optional' || at._zod.def.type === 'nullable')
    at = (at._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
  return at._zod.def.type === 'object' ? (at as z.ZodObject) : null;
}

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

  it.each(['en', 'es'] as const)(
    'has no hint for a field its part does not show, in %s',
    (language) => {
      const hints = (resources[language].caseFile as unknown as { hints: Record<string, Tree> })
        .hints;
      const shown = new Set(
        caseFileSections
          .flatMap((s) => s.parts)
          .flatMap((part) =>
            part.fields.flatMap((f) =>
              f.kind === 'group'
                ? f.fields.map((sub) => `${part.key}.${f.name}.${sub.name}`)
                : [`${part.key}.${f.name}`],
            ),
          ),
      );
      const orphans = Object.entries(hints).flatMap(([part, fields]) =>
        Object.keys(fields)
          .filter((field) => !shown.has(`${part}.${field}`))
          .map((f) => `${part}.${f}`),
      );
      expect(orphans).toEqual([]);
    },
  );

  it('shows every case-file field in some part (the forms come from the core/ schema)', () => {
    const parts = caseFileSections.flatMap((s) => s.parts);
    const covered = new Set(
      parts.flatMap((part) => [
        part.path.join('.'),
        ...(part.kind === 'object' ? part.fields.map((f) => [...part.path, f.name].join('.')) : []),
      ]),
    );
    const missing: string[] = [];
    const walk = (shape: Record<string, z.ZodType>, path: string[]) => {
      for (const [key, schema] of Object.entries(shape)) {
        const at = [...path, key].join('.');
        if (covered.has(at)) continue;
        const inner = unwrapObject(schema);
        if (inner && parts.some((p) => p.path.join('.').startsWith(`${at}.`)))
          walk(inner.shape as Record<string, z.ZodType>, [...path, key]);
        else missing.push(at);
      }
    };
    const { id, reference, schemaVersion, extra, ...sections } = CaseFileSchema.shape;
    void [id, reference, schemaVersion, extra];
    walk(sections as Record<string, z.ZodType>, []);
    expect(missing).toEqual([]);
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

describe('dates of birth in the case file', () => {
  const part = (key: string) =>
    caseFileSections.flatMap((s) => s.parts).find((p) => p.key === key)!;

  it('refuses a date of birth in the future for the client and for a relative', () => {
    const identity = part('identity').schema.safeParse({
      familyName: 'Prueba',
      givenNames: 'Fabio',
      aliases: [],
      nationalities: [],
      languages: [],
      literacy: 'unknown',
      dateOfBirth: '2099-01-01',
    });
    expect(identity.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dateOfBirth', 'validation.date.future'],
    ]);
    const relative = part('family').schema.safeParse({
      id: '3f1c2a4e-8b7d-4c6e-9f0a-1b2c3d4e5f60',
      relation: 'child',
      name: 'Luis Prueba',
      married: null,
      status: 'usc',
      dateOfBirth: '2099-01-01',
    });
    expect(relative.error?.issues.map((i) => i.message)).toEqual(['validation.date.future']);
  });

  it('accepts a date of birth in the past', () => {
    const identity = part('identity').schema.safeParse({
      familyName: 'Prueba',
      givenNames: 'Fabio',
      aliases: [],
      nationalities: [],
      languages: [],
      literacy: 'unknown',
      dateOfBirth: '1990-02-28',
    });
    expect(identity.success).toBe(true);
  });
});
