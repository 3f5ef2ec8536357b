/**
 * What stays in clear in each table: ids, foreign keys, status, sync sequence and dates — what
 * indexes and the sync engine need without keys. Everything else is sealed in `enc`.
 * `idField` names the value bound into the ciphertext (rows cannot be swapped between ids).
 * Records with a `caseField` are sealed with that case's key, others with the data key.
 */
export interface TablePolicy {
  idField: string;
  caseField?: string;
  clear: readonly string[];
  /** One ArrayBuffer field sealed as bytes (attachment content) rather than through JSON. */
  binaryField?: string;
  /**
   * Fields sealed apart from the rest (format 2), each in its own ciphertext: large values that
   * most writes carry over unchanged, so a write can store their ciphertext again instead of
   * sealing them anew (the server's `base` of a document, an open patch's `fromDoc`).
   */
  apart?: readonly string[];
}

export const encryptedTables: Readonly<Record<string, TablePolicy>> = {
  settings: { idField: 'key', clear: ['key'] },
  syncState: { idField: 'key', clear: ['key'] },
  docs: {
    idField: 'id',
    caseField: 'caseId',
    clear: ['id', 'entity', 'caseId', 'version', 'updatedAt', 'deleted'],
    apart: ['base'],
  },
  noteRevisions: {
    idField: 'id',
    caseField: 'caseId',
    clear: ['id', 'noteId', 'caseId', 'createdAt', 'state', 'sealed'],
  },
  noteHeads: { idField: 'noteId', caseField: 'caseId', clear: ['noteId', 'caseId'] },
  outbox: {
    idField: 'mutationId',
    caseField: 'caseId',
    clear: [
      'localId',
      'mutationId',
      'seq',
      'kind',
      'entity',
      'entityId',
      'caseId',
      'baseVersion',
      'clientTime',
      'state',
    ],
    apart: ['fromDoc'],
  },
  drafts: { idField: 'id', caseField: 'caseId', clear: ['id', 'caseId', 'updatedAt'] },
  conflicts: { idField: 'id', caseField: 'caseId', clear: ['id', 'caseId', 'status', 'createdAt'] },
  quarantine: { idField: 'id', caseField: 'caseId', clear: ['id', 'caseId', 'createdAt'] },
  attachments: {
    idField: 'id',
    caseField: 'caseId',
    clear: ['id', 'caseId', 'createdAt', 'size', 'syncState'],
  },
  acknowledged: {
    idField: 'mutationId',
    caseField: 'caseId',
    clear: ['mutationId', 'seq', 'caseId', 'ackedAt'],
  },
  attachmentContents: {
    idField: 'id',
    caseField: 'caseId',
    clear: ['id', 'caseId'],
    binaryField: 'content',
  },
  // No case field: sealed with the data key, since it spans every case.
  searchIndex: { idField: 'id', clear: ['id'], binaryField: 'content' },
};

/**
 * Bumped if the sealed format changes; bound into every ciphertext. Format 1 sealed every field
 * in `enc`; format 2 seals the policy's `apart` fields each in its own ciphertext under `parts`
 * (see sealed-row.ts). Both are read; every write stores format 2.
 */
export const ENCRYPTION_FORMAT = 2;
export const READABLE_FORMATS: readonly number[] = [1, 2];

/** The AAD of a row's `enc`, without the parts that format 2 binds into it. */
export function aadFor(
  table: string,
  id: unknown,
  keyId: string,
  format: number = ENCRYPTION_FORMAT,
): string {
  return `${table}|${String(id)}|${format}|${keyId}`;
}
