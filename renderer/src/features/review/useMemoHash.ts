import type { InterviewSession } from '@core/domain/interview-session';
import { memoContentHash } from '@core/review/content-hash';
import { useLiveQuery } from '../../db/live';
import { notesRepository } from '../../db/notes-repository';
import { whileUnlocked } from './useReview';

/** An interview memo's mark as it is now: its answers and each section note's current text. */
export function useMemoHash(session: InterviewSession): string | null {
  const notes = useLiveQuery(
    () =>
      whileUnlocked(async () => {
        const texts: Record<string, string> = {};
        for (const [sectionId, noteId] of Object.entries(session.sectionNotes))
          texts[sectionId] = (await notesRepository.get(noteId)).current?.body ?? '';
        return texts;
      }),
    [session.sectionNotes],
  );
  if (!notes) return null;
  const answers = Object.fromEntries(
    Object.entries(session.answers).map(([id, answer]) => [id, answer.value]),
  );
  return memoContentHash({ interviewId: session.id, answers, notes });
}
