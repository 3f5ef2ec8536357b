/**
 * Free-text notes as the editor saves them: a burst of autosaves while typing (coalesced into one
 * revision until it is sent), new revisions after that, and finalisation. Every revision the
 * repository returns is recorded: the attorney saw it as saved.
 */
import type { InterviewSession } from '@core/domain/interview-session';
import { pickCase, type OpContext, type OpOutcome } from './op-context';
import { recordSaved } from './sim-client';

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

export async function typeNote(ctx: OpContext): Promise<OpOutcome> {
  const { prng, device } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const candidates = await openNotes(ctx, file.id);
  const noteId = candidates.length === 0 || prng.chance(0.2) ? prng.uuid() : prng.pick(candidates);
  const saves = prng.int(1, 4);
  for (let i = 0; i < saves; i += 1) {
    const current = (await device.notes.get(noteId)).current?.body ?? '';
    const separator = current === '' ? '' : prng.chance(0.3) ? '\n' : ' ';
    const body = `${current}${separator}${ctx.values.text('Said')}`;
    recordSaved(ctx.client, await device.notes.save({ noteId, caseId: file.id, body }));
  }
  return 'done';
}

export async function finalizeNote(ctx: OpContext): Promise<OpOutcome> {
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const candidates = await openNotes(ctx, file.id);
  if (candidates.length === 0) return 'skipped';
  const noteId = ctx.client.prng.pick(candidates);
  recordSaved(ctx.client, await ctx.client.device.notes.finalize(noteId, file.id));
  return 'done';
}
