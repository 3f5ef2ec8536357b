/** Synthetic review records for tests: requests, comments, exports. */
import { randomUUID } from 'node:crypto';
import type { Comment } from '@core/domain/case-records';
import type { DraftExport, ReviewRequest } from '@core/domain/review';
import { sha256Hex } from '@core/review/sha256';
import type { JsonObject } from '@core/sync/json-value';
import { mutation } from './sync-fixtures';

export const markOf = (text: string) => sha256Hex(text);

export function readyReviewDoc(
  caseId: string,
  readyBy: string,
  overrides: Partial<ReviewRequest> = {},
): ReviewRequest {
  return {
    id: randomUUID(),
    caseId,
    subject: { kind: 'draft', draftKind: 'bond-motion' },
    state: 'ready',
    contentHash: markOf(`version ${randomUUID()}`),
    readyBy,
    readyAt: '2026-12-06T15:00:00.000Z',
    ...overrides,
  };
}

export function commentDoc(
  caseId: string,
  authorId: string,
  extra: Partial<Comment> = {},
): Comment {
  return {
    id: randomUUID(),
    caseId,
    authorId,
    body: 'Please add the date of entry.',
    createdAt: '2026-12-06T15:00:00.000Z',
    ...extra,
  };
}

export function exportDoc(caseId: string, exportedBy: string): DraftExport {
  return {
    id: randomUUID(),
    caseId,
    draftKind: 'bond-motion',
    fileName: 'TEST-2026-0001_bond-motion_2026-12-06.docx',
    hash: markOf('export'),
    exportedAt: '2026-12-06T15:00:00.000Z',
    exportedBy,
    outcome: 'downloaded',
    protectedCase: false,
    withheldCount: 0,
    included: [],
  };
}

export function createOf<Doc extends { id: string; caseId: string }>(
  seq: number,
  entity: 'comment' | 'review' | 'draftExport',
  doc: Doc,
) {
  return mutation({
    seq,
    kind: 'create',
    entity,
    entityId: doc.id,
    caseId: doc.caseId,
    baseVersion: 0,
    body: doc as unknown as JsonObject,
  });
}
