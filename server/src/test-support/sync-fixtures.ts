/** Synthetic documents and mutation builders for sync tests. */
import { randomUUID } from 'node:crypto';
import type { CaseFile } from '@core/domain/case-file';
import { emptyCaseFile } from '@core/domain/case-file';
import type { Patch } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import type { Mutation } from '@core/sync/mutation-schemas';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION } from '@core/sync/protocol-constants';
import type { App } from '../app/build-app';
import type { Db } from '../db/db';
import { cliActor } from '../admin/admin-actor';
import { assignCase, createCases } from '../admin/cases-service';
import type { Session } from './test-app';

let referenceCounter = 0;

export function caseFile(overrides: Partial<CaseFile> = {}): CaseFile {
  referenceCounter += 1;
  const base = emptyCaseFile({
    id: randomUUID(),
    reference: `TEST-2026-${String(referenceCounter).padStart(4, '0')}`,
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
  return {
    ...base,
    custody: { status: 'detained', facility: 'Example Processing Center' },
    court: { court: 'Example Immigration Court' },
    hearings: [
      { id: randomUUID(), type: 'master', format: 'video', date: '2026-12-15', time: '08:30' },
    ],
    ...overrides,
  };
}

/** Creates a case in the organisation (as the CLI would) and assigns it. */
export async function seedCase(
  db: Db,
  orgId: string,
  assignTo: string[] = [],
  file = caseFile(),
): Promise<CaseFile> {
  await createCases(db, cliActor(orgId), [file]);
  for (const userId of assignTo) await assignCase(db, cliActor(orgId), file.id, userId);
  return file;
}

export function deadlineDoc(caseId: string, id: string = randomUUID()): JsonObject {
  return { id, caseId, title: 'File evidence', date: '2027-01-10', kind: 'filing', notes: null };
}

export function revisionDoc(
  caseId: string,
  noteId: string,
  options: {
    id?: string;
    parentIds?: string[];
    body?: string;
    state?: 'draft' | 'final';
    authorId?: string;
  } = {},
): JsonObject {
  return {
    id: options.id ?? randomUUID(),
    noteId,
    caseId,
    parentIds: options.parentIds ?? [],
    body: options.body ?? 'Client describes the journey.',
    createdAt: '2026-11-27T15:00:00.000Z',
    state: options.state ?? 'draft',
    ...(options.authorId ? { authorId: options.authorId } : {}),
  };
}

type MutationInput = Omit<Mutation, 'mutationId' | 'clientTime' | 'patch'> & {
  mutationId?: string;
  patch?: Patch;
};

export function mutation(input: MutationInput): Mutation {
  return {
    mutationId: randomUUID(),
    clientTime: '2026-11-27T09:00:00-06:00',
    patch: { set: {} },
    ...input,
  };
}

/** A push of one new revision of a new note (or of `noteId`) in `caseId`. */
export function noteRevisionMutation(
  seq: number,
  caseId: string,
  options: { noteId?: string; body?: string } = {},
): Mutation {
  const doc = revisionDoc(caseId, options.noteId ?? randomUUID(), {
    ...(options.body ? { body: options.body } : {}),
  });
  return mutation({
    seq,
    kind: 'noteRevision',
    entity: 'noteRevision',
    entityId: doc['id'] as string,
    caseId,
    baseVersion: 0,
    body: doc,
  });
}

export function casePatch(
  seq: number,
  caseId: string,
  baseVersion: number,
  set: Record<string, unknown>,
  extra: Partial<Mutation> = {},
): Mutation {
  return mutation({
    seq,
    kind: 'patch',
    entity: 'case',
    entityId: caseId,
    caseId,
    baseVersion,
    patch: { set: set as Patch['set'] },
    ...extra,
  });
}

export async function pushBatch(app: App, session: Session, mutations: Mutation[]) {
  return app.inject({
    method: 'POST',
    url: '/v1/sync/push',
    headers: session.headers,
    payload: {
      deviceId: session.deviceId,
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SYNC_SCHEMA_VERSION,
      mutations,
    },
  });
}

export async function pullPage(app: App, session: Session, cursor?: string, limit?: number) {
  const query = new URLSearchParams();
  if (cursor) query.set('cursor', cursor);
  if (limit) query.set('limit', String(limit));
  return app.inject({ method: 'GET', url: `/v1/sync/pull?${query}`, headers: session.headers });
}
