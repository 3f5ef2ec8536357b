/**
 * Conflict tests generated from the legal-field list (issue 25): for every legally significant
 * field, manual deadline dates included, a change made on two sides keeps the server's value and
 * opens a conflict. The list below is written out here on purpose, not read from
 * `legalFieldPaths`: dropping a path from the product's list must fail a test, and a path added
 * there without a case here fails the coverage test.
 */
import { describe, expect, it } from 'vitest';
import { getAtPath, setAtPath } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { isLegalField, legalFieldPaths } from '@core/sync/legal-fields';
import type { DocumentEntity } from '@core/sync/mutation-schemas';
import { patternOverlaps } from '@core/sync/field-path';
import type { FieldVersions } from './document-merge';
import { mergePatch } from './document-merge';

interface LegalCase {
  entity: DocumentEntity;
  path: string;
  server: JsonValue;
  client: JsonValue;
}

const HEARING = '00000000-0000-4000-8000-000000000001';

const legalCases: readonly LegalCase[] = [
  { entity: 'case', path: 'identity/aNumber', server: '012345678', client: '087654321' },
  { entity: 'case', path: `hearings/${HEARING}/date`, server: '2026-12-01', client: '2026-12-24' },
  { entity: 'case', path: `hearings/${HEARING}/time`, server: '08:30', client: '13:00' },
  { entity: 'case', path: `hearings/${HEARING}/outcome`, server: 'continued', client: 'decided' },
  {
    entity: 'case',
    path: 'court/court',
    server: 'Memphis Immigration Court',
    client: 'New Orleans Immigration Court',
  },
  {
    entity: 'case',
    path: 'court/controlCourt',
    server: 'Oakdale Immigration Court',
    client: 'Jena Immigration Court',
  },
  { entity: 'case', path: 'custody/status', server: 'detained', client: 'released' },
  {
    entity: 'case',
    path: 'custody/facility',
    server: 'Example Processing Center',
    client: 'Other Processing Center',
  },
  { entity: 'case', path: 'eoirStatus/status', server: 'pending', client: 'decided' },
  { entity: 'case', path: 'eoirStatus/decisionDate', server: '2026-10-01', client: '2026-10-02' },
  { entity: 'case', path: 'biaDecision/date', server: '2026-09-01', client: '2026-09-15' },
  // A manual deadline (one the attorney typed in): its date is legal too.
  { entity: 'deadline', path: 'date', server: '2027-01-10', client: '2027-02-10' },
];

const A = 'device-a';
const B = 'device-b';

function docWith(path: string, value: JsonValue): JsonObject {
  const doc: JsonObject = {
    id: 'doc-1',
    identity: { familyName: 'Prueba' },
    hearings: [{ id: HEARING }],
    court: {},
    custody: {},
    eoirStatus: {},
    biaDecision: {},
  };
  setAtPath(doc, path, value);
  return doc;
}

/** Device B changed `path` at version 5; device A edits it having seen version 4. */
function concurrentEdit(c: LegalCase) {
  const versions: FieldVersions = { [c.path]: [5, B] };
  return mergePatch(
    docWith(c.path, c.server),
    versions,
    { set: { [c.path]: c.client } },
    { entity: c.entity, deviceId: A, baseVersion: 4, newVersion: 6 },
  );
}

describe('conflicts on every legal field', () => {
  it.each(legalCases.map((c) => [`${c.entity}:${c.path}`, c] as const))(
    '%s changed on two sides keeps the server value and opens a legal conflict',
    (_label, c) => {
      expect(isLegalField(c.entity, c.path)).toBe(true);
      const out = concurrentEdit(c);
      expect(getAtPath(out.doc, c.path)).toEqual(c.server);
      expect(out.changed).toBe(false);
      expect(out.conflicts).toEqual([
        {
          path: c.path,
          kind: 'legal_field',
          status: 'open',
          serverValue: c.server,
          clientValue: c.client,
          serverVersion: 5,
        },
      ]);
    },
  );

  it.each(legalCases.map((c) => [`${c.entity}:${c.path}`, c] as const))(
    '%s changed only here (nobody else since the base) is applied without a conflict',
    (_label, c) => {
      const out = mergePatch(
        docWith(c.path, c.server),
        { [c.path]: [3, B] },
        { set: { [c.path]: c.client } },
        { entity: c.entity, deviceId: A, baseVersion: 4, newVersion: 6 },
      );
      expect(out.conflicts).toEqual([]);
      expect(getAtPath(out.doc, c.path)).toEqual(c.client);
    },
  );

  it('control: an ordinary field in the same situation is overwritten, not held', () => {
    const c: LegalCase = {
      entity: 'case',
      path: 'identity/familyName',
      server: 'Prueba',
      client: 'Ejemplo',
    };
    const out = concurrentEdit(c);
    expect(getAtPath(out.doc, c.path)).toBe('Ejemplo');
    expect(out.conflicts).toMatchObject([{ kind: 'overwritten', status: 'auto_resolved' }]);
  });

  it('covers every pattern in the legal-field list with a case above', () => {
    const uncovered = Object.entries(legalFieldPaths).flatMap(([entity, patterns]) =>
      (patterns ?? []).filter(
        (pattern) =>
          !legalCases.some(
            (c) =>
              c.entity === entity &&
              c.path.split('/').length >= pattern.split('/').length &&
              patternOverlaps(pattern, c.path),
          ),
      ),
    );
    expect(uncovered).toEqual([]);
  });
});
