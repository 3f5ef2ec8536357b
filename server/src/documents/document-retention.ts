/** Runs the document purge at start and then hourly, for the life of the server process. */
import type { Db } from '../db/db';
import { purgeDocuments } from './document-read-service';
import { databaseDocumentStore, type DocumentStore } from './document-store';

export const PURGE_EVERY_MS = 60 * 60 * 1000;

export function keepPurgingDocuments(
  db: Db,
  onError: (error: unknown) => void,
  store: DocumentStore = databaseDocumentStore,
): { stop(): void } {
  const run = () => void purgeDocuments(db, store).catch(onError);
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, PURGE_EVERY_MS);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
