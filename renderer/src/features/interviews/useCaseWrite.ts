import { AppError } from '@core/errors/app-error';
import { useState } from 'react';
import { documentsRepository } from '../../db/documents-repository';

/** The message key for a case-file write that failed. */
export function caseWriteProblem(caught: unknown): string {
  if (caught instanceof AppError) {
    if (caught.code === 'conflict') return 'interviews.feeds.changed';
    return caught.issues?.[0]?.code ?? 'interviews.feeds.failed';
  }
  return 'interviews.feeds.failed';
}

/**
 * Runs one change of the case document (one transaction, with its outbox entry). Offers update
 * themselves once the write commits: the case file then holds what they proposed.
 */
export function useCaseWrite(caseId: string) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);
  const run = async (change: Parameters<typeof documentsRepository.update>[1]) => {
    setBusy(true);
    setProblem(undefined);
    setDone(false);
    try {
      await documentsRepository.update(caseId, change);
      setDone(true);
      return true;
    } catch (caught) {
      setProblem(caseWriteProblem(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, done, run };
}
