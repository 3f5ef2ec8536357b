/**
 * Free-text notes as the editor saves them: a burst of autosaves while typing (coalesced into one
 * revision until it is sent), new revisions after that, forks ended in Review, and finalisation.
 * Every revision the repository returns is recorded: the attorney saw it as saved.
 */
import type { InterviewSession } from '@core/domain/interview-session';
import { AppError } from '@core/errors/app-error';
import { pickCase, type OpContext, type OpOutcome } from './op-context';
import { recordSaved, syncOnce } from './sim-client';

/** Notes of a case on this laptop that are not final: with revisions, or interview section notes. */
async function openNotes(ctx: OpContext, caseId: string): Promise<string[]> {
  const revisions = await ctx.client.device.notes.listByCase(caseId);
  const ids = new Set(revisions.map((revision) => revision.noteId));
  for (const row of await ctx.client.device.docs.listByCase('interview', caseId)) {
    for (const noteId of Object.values((row.doc as unknown as InterviewSession).sectionNotes))
      ids.add(noteId);
  }
  for (const revision of revisions) if (revision.state === 'final') ids.delete(revision.noteId);
  return [...ids].sort();
}

/**
 * An editor session, as the note editor runs one: its text starts from the note's newest version,
 * each autosave names the revision it builds on, and the editor keeps its own text. Now and then
 * a sync runs while the editor is open, so another laptop's revision can arrive mid-typing.
 */
export async function typeNote(ctx: OpContext): Promise<OpOutcome> {
  const { prng, device } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const candidates = await openNotes(ctx, file.id);
  const noteId = candidates.length === 0 || prng.chance(0.2) ? prng.uuid() : prng.pick(candidates);
  const opened = await device.notes.get(noteId);
  let base = opened.current?.id ?? null;
  let text = opened.current?.body ?? '';
  let baseBody = text;
  const saves = prng.int(1, 4);
  const syncAfter = !ctx.duringSync && saves > 1 && prng.chance(0.15) ? prng.int(0, saves - 2) : -1;
  for (let i = 0; i < saves; i += 1) {
    const separator = text === '' ? '' : prng.chance(0.3) ? '\n' : ' ';
    text = `${text}${separator}${ctx.values.text('Said')}`;
    let saved;
    try {
      saved = await device.notes.save({
        noteId,
        caseId: file.id,
        body: text,
        baseRevisionId: base,
        baseBody,
      });
    } catch (error) {
      // Finalised on another laptop while the editor was open: the app refuses the save (the
      // editor shows an error and keeps the text as a local draft). Nothing was shown as saved.
      if (error instanceof AppError && error.code === 'conflict') {
        ctx.client.refusedSaves += 1;
        return 'done';
      }
      throw error;
    }
    recordSaved(ctx.client, saved);
    base = saved.id;
    baseBody = saved.body;
    if (i === syncAfter) await syncOnce(ctx.client);
  }
  return 'done';
}

/** In Review, the attorney ends a fork: keeps one version, or writes both into one. */
export async function resolveFork(ctx: OpContext): Promise<OpOutcome> {
  const { prng, device } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const forked: string[] = [];
  for (const noteId of await openNotes(ctx, file.id)) {
    if ((await device.notes.get(noteId)).heads.length > 1) forked.push(noteId);
  }
  if (forked.length === 0) return 'skipped';
  const noteId = prng.pick(forked);
  const { heads } = await device.notes.get(noteId);
  const body = prng.chance(0.5) ? prng.pick(heads).body : heads.map((head) => head.body).join('\n');
  recordSaved(ctx.client, await device.notes.resolveFork({ noteId, caseId: file.id, body }));
  return 'done';
}

export async function finalizeNote(ctx: OpContext): Promise<OpOutcome> {
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const candidates = await openNotes(ctx, file.id);
  if (candidates.length === 0) return 'skipped';
  const noteId = ctx.client.prng.pick(candidates);
  const final = await finalizeOrRefused(ctx, noteId, file.id);
  return final ? 'done' : 'skipped';
}

/** Finalises a note, or gets null when the app refuses (a fork must be resolved first). */
export async function finalizeOrRefused(ctx: OpContext, noteId: string, caseId: string) {
  try {
    const final = await ctx.client.device.notes.finalize(noteId, caseId);
    recordSaved(ctx.client, final);
    return final;
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return null;
    throw error;
  }
}
