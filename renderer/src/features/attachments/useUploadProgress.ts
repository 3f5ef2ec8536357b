import { useSyncExternalStore } from 'react';
import { documentProgress, type UploadProgress } from '../../sync/document-sync';

/** How much of a document the sync engine has sent so far, while it is sending it. */
export function useUploadProgress(id: string): UploadProgress | undefined {
  return useSyncExternalStore(
    (listener) => documentProgress.subscribe(listener),
    () => documentProgress.get(id),
  );
}
