import type { JsonObject } from '@core/sync/json-value';
import type { AmparoDatabase } from './database';
import { headsOf } from './notes-repository';
import type { AttachmentRow, DocumentRow, NoteRevisionRow, SearchIndexRow } from './rows';

/** Entities of `docs` that search covers (a new source is one more entry here and in sources). */
export const SEARCHED_ENTITIES = ['case', 'interview', 'contact'] as const;
export type SearchedEntity = (typeof SEARCHED_ENTITIES)[number];

export interface SourceStamp {
  /** `docs`, `noteRevisions` or `attachments`, and the record's id there (a note's id). */
  table: 'docs' | 'noteRevisions' | 'attachments';
  recordId: string;
  caseId: string;
  stamp: string;
  /** For `docs`: the record's entity. */
  entity?: string;
}

const PERSISTED_ID = 'all';

type Clear = Record<string, unknown>;

function rawRows(db: AmparoDatabase, table: string, index?: string, range?: IDBKeyRange) {
  return new Promise<Clear[]>((resolve, reject) => {
    const tx = db.backendDB().transaction(table, 'readonly');
    const store = tx.objectStore(table);
    const request = index ? store.index(index).getAll(range) : store.getAll();
    request.onsuccess = () => resolve(request.result as Clear[]);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
}

export function docStamp(row: Pick<DocumentRow, 'version' | 'updatedAt'>): string {
  return `${row.version}|${row.updatedAt}`;
}

export function noteStamp(revisions: readonly Pick<NoteRevisionRow, 'createdAt'>[]): string {
  let newest = '';
  for (const revision of revisions) if (revision.createdAt > newest) newest = revision.createdAt;
  return `${revisions.length}|${newest}`;
}

export function attachmentStamp(row: Pick<AttachmentRow, 'createdAt' | 'size'>): string {
  return `${row.createdAt}|${row.size}`;
}

/**
 * A stamp for every searched record, from the fields kept in clear only (ids, versions, dates):
 * nothing is decrypted. A stamp changes whenever its record does, so the index can tell which
 * records it covers are stale.
 */
export async function readSourceStamps(db: AmparoDatabase): Promise<SourceStamp[]> {
  if (!db.isOpen()) await db.open();
  const stamps: SourceStamp[] = [];
  for (const entity of SEARCHED_ENTITIES) {
    const range = IDBKeyRange.bound([entity], [entity, []]);
    for (const row of await rawRows(db, 'docs', '[entity+caseId]', range)) {
      if (row['deleted']) continue;
      stamps.push({
        table: 'docs',
        entity,
        recordId: row['id'] as string,
        caseId: row['caseId'] as string,
        stamp: docStamp(row as unknown as DocumentRow),
      });
    }
  }
  const notes = new Map<string, Clear[]>();
  for (const row of await rawRows(db, 'noteRevisions')) {
    const noteId = row['noteId'] as string;
    const list = notes.get(noteId);
    if (list) list.push(row);
    else notes.set(noteId, [row]);
  }
  for (const [noteId, revisions] of notes) {
    stamps.push({
      table: 'noteRevisions',
      recordId: noteId,
      caseId: revisions[0]!['caseId'] as string,
      stamp: noteStamp(revisions as unknown as NoteRevisionRow[]),
    });
  }
  for (const row of await rawRows(db, 'attachments')) {
    stamps.push({
      table: 'attachments',
      recordId: row['id'] as string,
      caseId: row['caseId'] as string,
      stamp: attachmentStamp(row as unknown as AttachmentRow),
    });
  }
  return stamps;
}

export interface NoteText {
  noteId: string;
  caseId: string;
  stamp: string;
  body: string;
}

const FEW_NOTES = 100;
const PAGE = 2000;

/**
 * The text shown for each note (its newest head), decrypted. A few notes are read one by one;
 * many (a build) in one pass over every revision, a page at a time.
 */
export async function readNoteTexts(db: AmparoDatabase, noteIds: string[]): Promise<NoteText[]> {
  if (noteIds.length === 0) return [];
  const wanted = new Set(noteIds);
  let rows: NoteRevisionRow[] = [];
  if (noteIds.length <= FEW_NOTES) {
    rows = (
      await Promise.all(
        noteIds.map((noteId) => db.noteRevisions.where('noteId').equals(noteId).toArray()),
      )
    ).flat();
  } else {
    let last: string | null = null;
    for (;;) {
      const page: NoteRevisionRow[] = await (
        last === null ? db.noteRevisions.orderBy(':id') : db.noteRevisions.where(':id').above(last)
      )
        .limit(PAGE)
        .toArray();
      for (const row of page) if (wanted.has(row.noteId)) rows.push(row);
      if (page.length < PAGE) break;
      last = page[page.length - 1]!.id;
    }
  }
  const byNote = new Map<string, NoteRevisionRow[]>();
  for (const row of rows) {
    const list = byNote.get(row.noteId);
    if (list) list.push(row);
    else byNote.set(row.noteId, [row]);
  }
  return [...byNote].map(([noteId, revisions]) => ({
    noteId,
    caseId: revisions[0]!.caseId,
    stamp: noteStamp(revisions),
    body: headsOf(revisions).at(-1)?.body ?? '',
  }));
}

export async function readDocs(db: AmparoDatabase, ids: string[]): Promise<DocumentRow[]> {
  const rows = await db.docs.bulkGet(ids);
  return rows.filter((row): row is DocumentRow => !!row && !row.deleted);
}

export async function readAttachments(db: AmparoDatabase, ids: string[]): Promise<AttachmentRow[]> {
  const rows = await db.attachments.bulkGet(ids);
  return rows.filter((row): row is AttachmentRow => !!row);
}

/** The interviews of a case (to find the one holding a note). */
export async function readCaseDocs(
  db: AmparoDatabase,
  entity: SearchedEntity,
  caseId: string,
): Promise<JsonObject[]> {
  const rows = await db.docs.where('[entity+caseId]').equals([entity, caseId]).toArray();
  return rows.filter((row) => !row.deleted).map((row) => row.doc);
}

/** The sealed index; undefined when there is none. Throws when it cannot be opened. */
export async function readPersistedIndex(db: AmparoDatabase): Promise<SearchIndexRow | undefined> {
  return db.searchIndex.get(PERSISTED_ID);
}

export async function writePersistedIndex(
  db: AmparoDatabase,
  row: Omit<SearchIndexRow, 'id'>,
): Promise<void> {
  await db.searchIndex.put({ ...row, id: PERSISTED_ID });
}

export async function dropPersistedIndex(db: AmparoDatabase): Promise<void> {
  await db.searchIndex.clear();
}

/** The name and reference of each case, for grouping results (read and decrypted on demand). */
export async function readCaseHeadings(
  db: AmparoDatabase,
  caseIds: string[],
): Promise<Map<string, JsonObject>> {
  const rows = await db.docs.bulkGet(caseIds);
  return new Map(
    rows
      .filter((row): row is DocumentRow => !!row && row.entity === 'case' && !row.deleted)
      .map((row) => [row.caseId, row.doc]),
  );
}
