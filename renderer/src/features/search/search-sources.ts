import type { JsonObject } from '@core/sync/json-value';
import type { AttachmentRow, DocumentRow } from '../../db/rows';
import {
  attachmentStamp,
  docStamp,
  type NoteText,
  type SearchedEntity,
} from '../../db/search-store';
import { caseFileSections } from '../case-file/sections';
import { readAt } from '../forms/doc-paths';
import type { FieldSpec } from '../forms/field-spec';
import type { SearchDoc, SearchPart, SearchSource, SearchTarget } from './search-types';

/** Field kinds holding words worth finding (not dates, choices or flags). */
const TEXT_KINDS = new Set(['text', 'textarea', 'lines', 'email', 'phone', 'aNumber']);

class TextBuilder {
  text = '';
  parts: SearchPart[] = [];
  add(value: unknown, target: SearchTarget): void {
    const text = Array.isArray(value)
      ? value.filter((v) => typeof v === 'string').join('\n')
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : '';
    if (!text.trim()) return;
    const start = this.text.length;
    this.text += `${text}\n`;
    this.parts.push({ start, end: this.text.length, target });
  }
}

function textFields(fields: readonly FieldSpec[]): string[] {
  return fields.flatMap((spec) =>
    spec.kind === 'group'
      ? spec.fields.filter((f) => TEXT_KINDS.has(f.kind)).map((f) => `${spec.name}.${f.name}`)
      : TEXT_KINDS.has(spec.kind)
        ? [spec.name]
        : [],
  );
}

function caseFileText(doc: JsonObject): TextBuilder {
  const out = new TextBuilder();
  for (const section of caseFileSections) {
    for (const part of section.parts) {
      const names = textFields(part.fields);
      const value = readAt(doc, part.path);
      if (part.kind === 'object') {
        for (const name of names) {
          out.add(readAt((value ?? {}) as JsonObject, name.split('.')), {
            kind: 'caseField',
            sectionId: section.id,
            path: part.path,
            field: name,
          });
        }
      } else if (Array.isArray(value)) {
        for (const item of value as JsonObject[]) {
          for (const name of names) {
            out.add(readAt(item, name.split('.')), {
              kind: 'caseField',
              sectionId: section.id,
              path: part.path,
              field: null,
            });
          }
        }
      }
    }
  }
  return out;
}

function interviewText(doc: JsonObject, interviewId: string): TextBuilder {
  const out = new TextBuilder();
  const answers = (doc['answers'] ?? {}) as Record<string, { value?: unknown }>;
  for (const [questionId, answer] of Object.entries(answers)) {
    out.add(answer?.value, { kind: 'interview', interviewId, questionId, sectionId: null });
  }
  out.add(doc['interpreterName'], {
    kind: 'interview',
    interviewId,
    questionId: null,
    sectionId: null,
  });
  return out;
}

/** The contact log (issue 23 item 2, core/domain/case-logs.ts): each entry's notes and interpreter. */
function contactText(doc: JsonObject, recordId: string): TextBuilder {
  const out = new TextBuilder();
  for (const field of ['notes', 'interpreterName']) {
    out.add(doc[field], { kind: 'record', entity: 'contact', recordId });
  }
  return out;
}

/**
 * What search reads from each kind of record. Adding a source (a new document entity) is one
 * entry here and its entity name in `SEARCHED_ENTITIES`.
 */
export const documentSources: Record<
  SearchedEntity,
  { source: SearchSource; text: (doc: JsonObject, id: string) => TextBuilder }
> = {
  case: { source: 'caseFile', text: (doc) => caseFileText(doc) },
  interview: { source: 'interview', text: interviewText },
  contact: { source: 'contact', text: contactText },
};

export function isSearchedEntity(entity: string): entity is SearchedEntity {
  return Object.hasOwn(documentSources, entity);
}

export function searchDocOfDocument(row: DocumentRow): SearchDoc | null {
  if (!isSearchedEntity(row.entity) || row.deleted) return null;
  const { source, text } = documentSources[row.entity];
  const built = text(row.doc, row.id);
  return {
    id: `${source}:${row.id}`,
    source,
    caseId: row.caseId,
    stamp: docStamp(row),
    text: built.text,
    parts: built.parts,
  };
}

export function searchDocOfNote(note: NoteText): SearchDoc {
  return {
    id: `note:${note.noteId}`,
    source: 'note',
    caseId: note.caseId,
    stamp: note.stamp,
    text: note.body,
    parts: [{ start: 0, end: note.body.length, target: { kind: 'note', noteId: note.noteId } }],
  };
}

export function searchDocOfAttachment(row: AttachmentRow): SearchDoc {
  return {
    id: `document:${row.id}`,
    source: 'document',
    caseId: row.caseId,
    stamp: attachmentStamp(row),
    text: row.name,
    parts: [{ start: 0, end: row.name.length, target: { kind: 'document', attachmentId: row.id } }],
  };
}

/** The index id of a record from its table and id (matches the ids above). */
export function searchIdOf(
  table: 'docs' | 'noteRevisions' | 'attachments',
  recordId: string,
  entity?: string,
): string | null {
  if (table === 'noteRevisions') return `note:${recordId}`;
  if (table === 'attachments') return `document:${recordId}`;
  return entity && isSearchedEntity(entity)
    ? `${documentSources[entity].source}:${recordId}`
    : null;
}
