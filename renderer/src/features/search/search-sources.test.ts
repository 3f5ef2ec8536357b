import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { describe, expect, it } from 'vitest';
import type { DocumentRow } from '../../db/rows';
import { newId } from '../../lib/ids';
import { SearchEngine } from './search-engine';
import { searchDocOfDocument } from './search-sources';

function row(entity: DocumentRow['entity'], doc: object, caseId = newId()): DocumentRow {
  return {
    id: newId(),
    entity,
    caseId,
    version: 1,
    doc: doc as never,
    base: null,
    updatedAt: '2026-12-06T20:00:00.000Z',
  };
}

describe('search sources', () => {
  it('indexes a contact log entry (issue 23 item 2) and points at it', () => {
    const contact = row('contact', {
      date: '2026-12-01',
      type: 'visit',
      interpreter: true,
      interpreterName: 'Intérprete Prueba',
      notes: 'Visita en el centro; habló de su traslado a Luisiana.',
      recordedAt: '2026-12-01T15:00:00.000Z',
    });
    const engine = new SearchEngine();
    engine.upsert(searchDocOfDocument(contact)!);
    const hit = engine.search('traslado').hits[0]!;
    expect(hit.source).toBe('contact');
    expect(hit.target).toEqual({ kind: 'record', entity: 'contact', recordId: contact.id });
    expect(engine.search('interprete').total).toBe(1);
  });

  it('indexes case-file text fields with the field each came from, not dates or choices', () => {
    const file = syntheticCaseFile();
    file.identity.familyName = 'Zapatería';
    const doc = searchDocOfDocument(row('case', file, file.id))!;
    const engine = new SearchEngine();
    engine.upsert(doc);
    expect(engine.search('zapateria').hits[0]!.target).toMatchObject({
      kind: 'caseField',
      sectionId: 'identity',
      field: 'familyName',
    });
    expect(searchDocOfDocument(row('checklist', {}))).toBeNull();
  });
});
