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
}

export const encryptedTables: Readonly<Record<string, TablePolicy>> = {
  settings: { idField: 'key', clear: ['key'] },
  syncState: { idField: 'key', clear: ['key'] },
  docs: {
    idField: 'id',
    caseField: 'caseId',
    clear: ['id', 'entity', 'caseId', 'version', 'updatedAt', 'deleted'],
  },
  noteRevisions: {
    idField: 'id',
    caseField: 'caseId',
    clear: ['id', 'noteId', 'caseId', 'createdAt', 'state', 'sealed'],
  },
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
  },
  drafts: { idField: 'id', caseField: 'caseId', clear: ['id', 'caseId', 'updatedAt'] },
  conflicts: { idField: 'id', caseField: 'caseId', clear: ['id', 'caseId', 'status', 'createdAt'] },
  quarantine: { idField: 'id', caseField: 'caseId', clear: ['id', 'caseId', 'createdAt'] },
  attachments: { idField: 'id', caseField: 'caseId', clear: ['id', 'caseId', 'createdAt', 'size'] },
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
};

/** Bumped if the sealed format changes; bound into every ciphertext. */
export const ENCRYPTION_FORMAT = 1;

export function aadFor(table: string, id: unknown, keyId: string): string {
  return `${table}|${String(id)}|${ENCRYPTION_FORMAT}|${keyId}`;
}
