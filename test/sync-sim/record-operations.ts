/**
 * The other records of a case: interviews (answers, section notes, finalisation), defense
 * checklists (the same id on every laptop, as the app makes them), manual deadlines (created,
 * re-dated, deleted) and comments.
 */
import type { InterviewSession } from '@core/domain/interview-session';
import { AppError } from '@core/errors/app-error';
import type { JsonObject } from '@core/sync/json-value';
import { nameBasedId, nowIso } from '../../renderer/src/lib/ids';
import { finalizeOrRefused } from './note-operations';
import { documentsOf, pickCase, type OpContext, type OpOutcome } from './op-context';

const QUESTIONS = ['q01', 'q02', 'q03', 'q04', 'q05'];
const SECTIONS = ['intake', 'fear', 'family'];
const DEFENSES = ['asylum', 'withholding', 'cancellation-nonlpr'];
const ELEMENTS = ['e1', 'e2', 'e3'];

export async function createInterview(ctx: OpContext): Promise<OpOutcome> {
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const session: InterviewSession = {
    id: ctx.client.prng.uuid(),
    caseId: file.id,
    templateId: 'intake',
    templateVersion: 1,
    clientLanguage: { code: 'es' },
    state: 'draft',
    startedAt: nowIso(),
    answers: {},
    sectionNotes: { [SECTIONS[0]!]: ctx.client.prng.uuid() },
    addenda: [],
  };
  await ctx.client.device.docs.create('interview', file.id, session);
  return 'done';
}

async function draftInterviews(ctx: OpContext) {
  return (await documentsOf(ctx, 'interview')).filter((row) => row.doc['state'] === 'draft');
}

export async function answerInterview(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const drafts = await draftInterviews(ctx);
  if (drafts.length === 0) return 'skipped';
  const row = prng.pick(drafts);
  const question = prng.pick(QUESTIONS);
  const section = prng.pick(SECTIONS);
  const noteId = prng.uuid();
  const value = ctx.values.text('Answer');
  const addSection = prng.chance(0.3);
  await ctx.log.edit(ctx.client, row.id, (doc) => {
    const edits = [
      { path: `answers/${question}/value`, value, unique: true },
      { path: `answers/${question}/updatedAt`, value: nowIso(), unique: false },
    ];
    const notes = doc['sectionNotes'] as Record<string, string>;
    if (addSection && !notes[section])
      edits.push({ path: `sectionNotes/${section}`, value: noteId, unique: true });
    return edits;
  });
  return 'done';
}

/** As the interview screen does: every section note final first, then the session. */
export async function finalizeInterview(ctx: OpContext): Promise<OpOutcome> {
  const drafts = await draftInterviews(ctx);
  if (drafts.length === 0) return 'skipped';
  const row = ctx.client.prng.pick(drafts);
  const session = row.doc as unknown as InterviewSession;
  for (const noteId of Object.values(session.sectionNotes)) {
    const view = await ctx.client.device.notes.get(noteId);
    if (view.isFinal) continue;
    // A forked section note is refused: the interview stays a draft until the fork is resolved.
    if (!(await finalizeOrRefused(ctx, noteId, session.caseId))) return 'skipped';
  }
  await ctx.log.edit(ctx.client, row.id, (doc) =>
    doc['state'] === 'final'
      ? []
      : [
          { path: 'state', value: 'final', unique: false },
          { path: 'finalizedAt', value: nowIso(), unique: false },
        ],
  );
  return 'done';
}

/** Creates the case's checklist for a defense, or changes it (the app's `writeChecklist`). */
export async function writeChecklist(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const defenseId = prng.pick(DEFENSES);
  const id = await nameBasedId('checklist', `${file.id}/${defenseId}`);
  const element = prng.pick(ELEMENTS);
  const status = prng.pick(['met', 'not_met', 'unknown']);
  const note = ctx.values.text('Element note');
  const docs = ctx.client.device.docs;
  if (!(await docs.get(id))) {
    const checklist: JsonObject = {
      id,
      caseId: file.id,
      defenseId,
      elements: { [element]: { status, note } },
      evidence: {},
      origin: 'manual',
    };
    try {
      await docs.create('checklist', file.id, checklist);
      const target = { entity: 'checklist' as const, entityId: id, caseId: file.id };
      ctx.log.created(ctx.client, target, '', checklist, (path) => path.endsWith('/note'));
      return 'done';
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    }
  }
  await ctx.log.edit(ctx.client, id, (doc) => {
    const elements = doc['elements'] as Record<string, unknown>;
    if (!elements[element] || prng.chance(0.5)) {
      return [
        { path: `elements/${element}/status`, value: status, unique: false },
        { path: `elements/${element}/note`, value: note, unique: true },
      ];
    }
    return [{ path: `elements/${element}/status`, value: status, unique: false }];
  });
  return 'done';
}

export async function createDeadline(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const deadline: JsonObject = {
    id: prng.uuid(),
    caseId: file.id,
    title: ctx.values.text('Filing'),
    date: ctx.values.date(),
    kind: prng.pick(['filing', 'court_order', 'biometrics', 'other']),
    notes: null,
  };
  await ctx.client.device.docs.create('deadline', file.id, deadline);
  const target = { entity: 'deadline' as const, entityId: String(deadline['id']), caseId: file.id };
  ctx.log.created(ctx.client, target, '', deadline, (path) => path === 'title' || path === 'date');
  return 'done';
}

export async function editDeadline(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const rows = await documentsOf(ctx, 'deadline');
  if (rows.length === 0) return 'skipped';
  const row = prng.pick(rows);
  const field = prng.pick(['date', 'notes', 'title'] as const);
  const value =
    field === 'date' ? ctx.values.date() : ctx.values.text(field === 'notes' ? 'Note' : 'Filing');
  await ctx.log.edit(ctx.client, row.id, () => [{ path: field, value, unique: true }]);
  return 'done';
}

export async function removeDeadline(ctx: OpContext): Promise<OpOutcome> {
  const rows = await documentsOf(ctx, 'deadline');
  if (rows.length === 0) return 'skipped';
  const row = ctx.client.prng.pick(rows);
  await ctx.client.device.docs.remove(row.id);
  const target = { entity: 'deadline' as const, entityId: row.id, caseId: row.caseId };
  ctx.log.removed(ctx.client, target, '', row.doc);
  return 'done';
}

export async function addComment(ctx: OpContext): Promise<OpOutcome> {
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const comment: JsonObject = {
    id: ctx.client.prng.uuid(),
    caseId: file.id,
    authorId: ctx.client.userId,
    body: ctx.values.text('Comment'),
    createdAt: nowIso(),
  };
  await ctx.client.device.docs.create('comment', file.id, comment);
  const target = { entity: 'comment' as const, entityId: String(comment['id']), caseId: file.id };
  ctx.log.created(ctx.client, target, '', comment, (path) => path === 'body');
  return 'done';
}
