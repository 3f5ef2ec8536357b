import { AppError } from '@core/errors/app-error';
import { useCallback, useState } from 'react';
import { attachmentsRepository } from '../../db/attachments-repository';

export type DropOutcome =
  { kind: 'added'; count: number } | { kind: 'refused'; reason: string } | null;

/** Reads dropped or chosen files in the page (no file paths reach the app) and stores them encrypted. */
export function useAttachmentDrop(caseId: string) {
  const [outcome, setOutcome] = useState<DropOutcome>(null);
  const [busy, setBusy] = useState(false);
  const addFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setBusy(true);
      let added = 0;
      try {
        for (const file of files) {
          await attachmentsRepository.add(caseId, {
            name: file.name,
            bytes: await file.arrayBuffer(),
          });
          added += 1;
        }
        setOutcome({ kind: 'added', count: added });
      } catch (error) {
        setOutcome({
          kind: 'refused',
          reason: error instanceof AppError ? error.message : 'attachment_failed',
        });
      } finally {
        setBusy(false);
      }
    },
    [caseId],
  );
  return { addFiles, outcome, busy };
}
