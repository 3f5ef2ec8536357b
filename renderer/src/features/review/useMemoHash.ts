import type { InterviewSession } from '@core/domain/interview-session';
import { memoContentHash } from '@core/review/content-hash';
import { documentsRepository } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { notesRepository } from '../../db/notes-repository';
import { whileUnlocked } from './useReview';

async function noteTexts(session: InterviewSession): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const [sectionId, noteId] of Object.entries(session.sectionNotes))
    texts[sectionId] = (await notesRepository.get(noteId)).current?.body ?? '';
  return texts;
}

function memoHashOf(session: InterviewSession, notes: Record<string, string>): string {
  const answers = Object.fromEntries(
    Object.entries(session.answers).map(([id, answer]) => [id, answer.value]),
  );
  return memoContentHash({ interviewId: session.id, answers, notes });
}

/** An interview memo's mark as it is now: its answers and each section note's current text. */
export function useMemoHash(session: InterviewSession): string | null {
  const notes = useLiveQuery(() => whileUnlocked(() => noteTexts(session)), [session.sectionNotes]);
  if (!notes) return null;
  return memoHashOf(session, notes);
}

/**
 * The memo's mark as stored, read from the database rather than from what the screen last drew
 * (which lags a save that just committed); null when the interview is not here.
 */
export async function savedMemoHash(interviewId: string): Promise<string | null> {
  const row = await documentsRepository.get(interviewId);
  if (!row || row.entity !== 'interview') return null;
  const session = row.doc as unknown as InterviewSession;
  return memoHashOf(session, await noteTexts(session));
}
