/**
 * The working set of one push. Everything a batch touches is read (and row-locked) up front in a
 * handful of queries; each mutation is then applied to this in-memory state as a unit (staged,
 * then committed or discarded, which is what a savepoint per mutation would give), and the
 * outcome is written with one statement per table in `flush()`, inside the same transaction as the
 * `device_mutations` rows. A 100-mutation batch so costs ~25 round trips instead of ~800.
 */
import { z } from 'zod';
import type { Mutation, ResultReason, ScopeEntity } from '@core/sync/mutation-schemas';
import { isScopeEntity } from '@core/sync/mutation-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Queryable } from '../db/db';
import { json } from '../db/db';
import { insertAssignment } from '../repositories/assignments-repository';
import { lockCasesShared } from '../repositories/case-locks';
import type { ConflictInput } from '../repositories/conflicts-repository';
import { insertConflicts } from '../repositories/conflicts-repository';
import type { EntityRow } from '../repositories/entities-repository';
import {
  getEntitiesForUpdate,
  insertEntities,
  updateEntities,
} from '../repositories/entities-repository';
import type { NewRevision, NoteRow, RevisionRow } from '../repositories/notes-repository';
import {
  finalizeNotes,
  getNotesForUpdate,
  getRevisions,
  insertNotes,
  insertRevisions,
} from '../repositories/notes-repository';
import type { QuarantineInput } from '../repositories/push-records-repository';
import { insertQuarantines } from '../repositories/push-records-repository';

const Uuid = z.uuid();

interface Pending {
  rows: Map<string, EntityRow>;
  notes: Map<string, NoteRow>;
  finals: Map<string, string>;
  revisions: NewRevision[];
  conflicts: ConflictInput[];
  /** People given a scope by this batch (an attorney's own new intake). */
  grants: { caseId: string; userId: string }[];
}

const emptyPending = (): Pending => ({
  rows: new Map(),
  notes: new Map(),
  finals: new Map(),
  revisions: [],
  conflicts: [],
  grants: [],
});

export class PushBatchState {
  private readonly denials = new Map<string, ResultReason | null>();
  /** What each scope the batch names is: a case or an intake (absent: not in the organisation). */
  private readonly scopes = new Map<string, ScopeEntity>();
  private readonly rows = new Map<string, EntityRow | null>();
  private readonly loadedRows = new Set<string>();
  private readonly notes = new Map<string, NoteRow | null>();
  private readonly loadedNotes = new Set<string>();
  private readonly revisions = new Map<string, RevisionRow>();
  private readonly quarantined: QuarantineInput[] = [];
  /**
   * Cases this attorney was unassigned from in the last 14 days: work made offline before the
   * laptop heard of it is still accepted (and audited), so that notes are never lost to timing.
   */
  postUnassignment = new Set<string>();
  /** Cases of the batch MCJ has closed (a closing in force): their changes are refused. */
  private readonly closed = new Set<string>();
  /** Cases where a mutation claimed an entity version the server never had (audited). */
  readonly baseVersionAhead = new Set<string>();
  /** Revisions by someone else sent back after a restore, per case (audited; recovered-revisions.ts). */
  readonly recovered = new Map<string, number>();
  /** Cases where a record sent back after a restore stayed deleted (audited; document-mutations.ts). */
  readonly deletionKept = new Set<string>();
  private committed = emptyPending();
  private staged = emptyPending();

  constructor(
    readonly q: Queryable,
    readonly auth: AuthContext,
    /** A supervisor applying a quarantined change vouches for it, closed case or not. */
    readonly vouched = false,
  ) {}

  /**
   * Reads and locks what the batch may touch. Attorneys get `not_assigned` whether or not a case
   * exists, so ids cannot be probed; their assignment rows are share-locked until commit so an
   * unassignment cannot slip in between this check and the write.
   */
  async load(mutations: readonly Mutation[]) {
    const caseIds = [...new Set(mutations.map((m) => m.caseId))];
    // Before the closings are read, held to commit: a closing waits for this push or it for it.
    await lockCasesShared(this.q, caseIds);
    const cases = await this.q.query<{ id: string; orgId: string; entity: string }>(
      `SELECT id, org_id AS "orgId", entity FROM entities WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)`,
      [json(caseIds)],
    );
    const own = cases.rows.filter((c) => isScopeEntity(c.entity) && c.orgId === this.auth.orgId);
    for (const c of own) this.scopes.set(c.id, c.entity as ScopeEntity);
    const visible = new Set(own.map((c) => c.id));
    let assigned = new Set<string>();
    if (this.auth.role === 'attorney') {
      const rows = await this.q.query<{ caseId: string }>(
        `SELECT case_id AS "caseId" FROM assignments WHERE user_id = $1
           AND case_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid) ORDER BY case_id FOR SHARE`,
        [this.auth.userId, json(caseIds)],
      );
      assigned = new Set(rows.rows.map((r) => r.caseId));
      this.postUnassignment = await recentlyUnassigned(
        this.q,
        this.auth,
        caseIds.filter((id) => visible.has(id) && !assigned.has(id)),
      );
    }
    for (const caseId of caseIds) {
      let denial: ResultReason | null = null;
      if (this.auth.role === 'admin') denial = 'forbidden_role';
      else if (
        this.auth.role === 'attorney' &&
        (!visible.has(caseId) || (!assigned.has(caseId) && !this.postUnassignment.has(caseId)))
      )
        denial = 'not_assigned';
      else if (this.auth.role === 'supervisor' && !visible.has(caseId)) denial = 'not_found';
      this.denials.set(caseId, denial);
    }
    if (!this.vouched) {
      const closings = await this.q.query<{ caseId: string }>(
        `SELECT case_id AS "caseId" FROM case_closings WHERE org_id = $1 AND reopened_at IS NULL
           AND case_id IN (SELECT jsonb_array_elements_text($2::jsonb)::uuid)`,
        [this.auth.orgId, json(caseIds)],
      );
      closings.rows.forEach((r) => this.closed.add(r.caseId));
    }
    const allowed = mutations.filter(
      (m) =>
        this.denials.get(m.caseId) === null || (isScopeEntity(m.entity) && m.kind === 'create'),
    );
    const entityIds = [
      ...new Set(allowed.filter((m) => m.entity !== 'noteRevision').map((m) => m.entityId)),
    ];
    for (const row of await getEntitiesForUpdate(this.q, entityIds)) this.rows.set(row.id, row);
    entityIds.forEach((id) => this.loadedRows.add(id));
    const notes = allowed.filter((m) => m.entity === 'noteRevision');
    const noteIds = [
      ...new Set(
        notes.flatMap((m) => {
          const id = Uuid.safeParse(m.body?.['noteId']);
          return id.success ? [id.data] : [];
        }),
      ),
    ];
    for (const note of await getNotesForUpdate(this.q, noteIds)) this.notes.set(note.id, note);
    noteIds.forEach((id) => this.loadedNotes.add(id));
    for (const revision of await getRevisions(
      this.q,
      notes.map((m) => m.entityId),
    ))
      this.revisions.set(revision.id, revision);
  }

  caseDenial(caseId: string): ResultReason | null {
    return this.denials.get(caseId) ?? null;
  }

  /** Whether MCJ has closed the case (the push holds the case's lock: it stays so to commit). */
  isClosed(caseId: string): boolean {
    return this.closed.has(caseId);
  }

  /** Whether the scope is a case or an intake (null: none the caller's organisation holds). */
  scopeKind(caseId: string): ScopeEntity | null {
    return this.scopes.get(caseId) ?? null;
  }

  /** Gives `userId` the scope (an assignment row and a grant), written with the batch. */
  grantScope(caseId: string, userId: string) {
    this.staged.grants.push({ caseId, userId });
  }

  entity(id: string): EntityRow | null {
    return this.staged.rows.get(id) ?? this.committed.rows.get(id) ?? this.rows.get(id) ?? null;
  }

  note(id: string): NoteRow | null {
    return this.staged.notes.get(id) ?? this.committed.notes.get(id) ?? this.notes.get(id) ?? null;
  }

  revision(id: string): RevisionRow | null {
    const pending = [...this.committed.revisions, ...this.staged.revisions].find(
      (r) => r.id === id,
    );
    if (pending)
      return {
        id: pending.id,
        caseId: pending.caseId,
        noteId: pending.noteId,
        doc: pending.doc,
        afterFinal: pending.afterFinal,
      };
    return this.revisions.get(id) ?? null;
  }

  putEntity(row: EntityRow) {
    this.staged.rows.set(row.id, row);
  }

  putNote(note: NoteRow) {
    this.staged.notes.set(note.id, note);
  }

  finalizeNote(note: NoteRow, revisionId: string) {
    this.staged.notes.set(note.id, {
      ...note,
      finalRevisionId: revisionId,
      finalizedAt: new Date(),
    });
    this.staged.finals.set(note.id, revisionId);
  }

  addRevision(revision: NewRevision) {
    this.staged.revisions.push(revision);
  }

  /** The review items this batch recorded among `ids`, as the push answer describes them. */
  conflictsAmong(ids: readonly string[]) {
    return this.committed.conflicts
      .filter((c) => ids.includes(c.id))
      .map((c) => ({
        id: c.id,
        fieldPath: c.fieldPath,
        kind: c.kind,
        status: c.status,
        ...(c.serverValue !== undefined ? { serverValue: c.serverValue } : {}),
        ...(c.clientValue !== undefined ? { clientValue: c.clientValue } : {}),
        serverActorId: c.serverActorId,
        serverChangedAt: c.serverChangedAt?.toISOString() ?? null,
        clientActorId: c.clientActorId,
      }));
  }

  addConflict(conflict: ConflictInput) {
    this.staged.conflicts.push(conflict);
  }

  quarantine(item: QuarantineInput) {
    this.quarantined.push(item);
  }

  /** The mutation succeeded: its staged effects become part of the batch. */
  commit() {
    const { rows, notes, finals, revisions, conflicts, grants } = this.staged;
    for (const [id, row] of rows) {
      this.committed.rows.set(id, row);
      if (isScopeEntity(row.entity)) {
        this.denials.set(row.id, null);
        this.scopes.set(row.id, row.entity);
      }
    }
    this.committed.grants.push(...grants);
    for (const [id, note] of notes) this.committed.notes.set(id, note);
    for (const [id, revisionId] of finals) this.committed.finals.set(id, revisionId);
    this.committed.revisions.push(...revisions);
    this.committed.conflicts.push(...conflicts);
    this.staged = emptyPending();
  }

  /** The mutation was refused: nothing it staged happens. */
  discard() {
    this.staged = emptyPending();
  }

  /** Writes the batch's committed effects, one statement per table. */
  async flush() {
    const rows = [...this.committed.rows.values()];
    await insertEntities(
      this.q,
      rows.filter((row) => !this.rows.get(row.id)),
    );
    await updateEntities(
      this.q,
      rows.filter((row) => this.rows.get(row.id)),
    );
    await insertNotes(
      this.q,
      [...this.committed.notes.values()].filter((note) => !this.notes.get(note.id)),
    );
    await finalizeNotes(
      this.q,
      [...this.committed.finals].map(([noteId, revisionId]) => ({
        noteId,
        revisionId,
        userId: this.auth.userId,
      })),
    );
    await insertRevisions(this.q, this.committed.revisions);
    await insertConflicts(this.q, this.committed.conflicts);
    for (const grant of this.committed.grants)
      await insertAssignment(this.q, {
        ...grant,
        orgId: this.auth.orgId,
        assignedBy: this.auth.userId,
      });
    await insertQuarantines(this.q, this.quarantined);
  }
}

/** Grace period after unassignment, in days (SYNC-RESEARCH §6.6). */
export const UNASSIGNMENT_GRACE_DAYS = 14;

async function recentlyUnassigned(
  q: Queryable,
  auth: AuthContext,
  caseIds: readonly string[],
): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await q.query<{ caseId: string }>(
    `SELECT DISTINCT case_id AS "caseId" FROM change_log
      WHERE op = 'revoke' AND target_user_id = $1 AND org_id = $2
        AND committed_at > now() - make_interval(days => $3)
        AND case_id IN (SELECT jsonb_array_elements_text($4::jsonb)::uuid)`,
    [auth.userId, auth.orgId, UNASSIGNMENT_GRACE_DAYS, json(caseIds)],
  );
  return new Set(rows.rows.map((r) => r.caseId));
}
