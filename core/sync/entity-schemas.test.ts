import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCaseFile } from '../domain/case-file.fixture';
import { applyPatch } from './document-patch';
import { validateEntityDocument, validateEntityPatch } from './entity-schemas';
import type { JsonObject, JsonValue } from './json-value';

const base = syntheticCaseFile() as unknown as JsonObject;
const ids = { entityId: base['id'] as string, caseId: base['id'] as string };

/** Leaf paths with values that are sometimes valid and sometimes not. */
const edits: [string, JsonValue[]][] = [
  ['identity/aNumber', ['A 012-345-678', '12345678', 'Canary', null, 42]],
  ['identity/familyName', ['Ejemplo', '', '   ', 7]],
  ['custody/status', ['detained', 'released_bond', 'teleported', null]],
  ['custody/facility', ['Example Center', null, 5]],
  ['eoirStatus/status', ['pending', 'removal_order', 'nope']],
  ['flags/minor', [true, false, 'yes']],
  ['reference', ['MCJ-2026-0001', 'bad reference']],
  ['extra/futureField', [{ any: 'thing' }, 1]],
  ['unknownTopLevel', ['x']],
];

describe('validateEntityPatch', () => {
  it('agrees with whole-document validation after any edit (property)', () => {
    const edit = fc
      .constantFrom(...edits)
      .chain(([path, values]) => fc.constantFrom(...values).map((value) => [path, value] as const));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (changes) => {
        const doc = applyPatch(base, { set: Object.fromEntries(changes) });
        const keys = changes.map(([path]) => path.split('/')[0]!);
        const partial = validateEntityPatch('case', doc, keys, ids);
        const whole = validateEntityDocument('case', doc, ids);
        expect(partial.ok).toBe(whole.ok);
        if (partial.ok && whole.ok) expect(partial.value).toEqual(whole.value);
      }),
      { numRuns: 300 },
    );
  });

  it('validates interviews whole, because of their cross-field rule', () => {
    const interview = {
      id: ids.entityId,
      caseId: ids.caseId,
      templateId: 'intake',
      templateVersion: 1,
      clientLanguage: { code: 'es' },
      state: 'final',
      startedAt: '2026-11-20T14:00:00.000Z',
      finalizedAt: null,
      answers: {},
      sectionNotes: {},
      addenda: [],
    };
    const checked = validateEntityPatch('interview', interview, ['state'], {
      entityId: ids.entityId,
      caseId: ids.caseId,
    });
    expect(checked.ok).toBe(false);
  });
});
