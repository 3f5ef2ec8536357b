/**
 * What the search index holds and answers. Shared by the worker (which never touches storage)
 * and the main thread (which reads and seals records).
 */

/** Where a match opens: the note editor, a case-file field, an interview answer, a document. */
export type SearchTarget =
  | { kind: 'note'; noteId: string }
  | { kind: 'caseField'; sectionId: string; path: string[]; field: string | null }
  | { kind: 'interview'; interviewId: string; questionId: string | null; sectionId: string | null }
  | { kind: 'document'; attachmentId: string }
  | { kind: 'record'; entity: string; recordId: string };

export type SearchSource = 'note' | 'interview' | 'caseFile' | 'document' | 'contact';

/** A stretch of a document's text that one target owns (a field's value, a note's body). */
export interface SearchPart {
  start: number;
  end: number;
  target: SearchTarget;
}

/** One indexed record: its text, where each part of it opens, and a stamp of its version. */
export interface SearchDoc {
  /** `<source>:<record id>`. */
  id: string;
  source: SearchSource;
  caseId: string;
  /** Changes whenever the record does (from fields kept in clear: version, dates, counts). */
  stamp: string;
  text: string;
  parts: SearchPart[];
}

export interface SearchSnippet {
  before: string;
  match: string;
  after: string;
  /** The match's place in the record's text (and so in the note's body, for a note). */
  start: number;
  end: number;
}

export interface SearchHit {
  id: string;
  source: SearchSource;
  caseId: string;
  target: SearchTarget;
  snippet: SearchSnippet | null;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** Every record that matched (hits may be fewer: `limit`). */
  total: number;
}
