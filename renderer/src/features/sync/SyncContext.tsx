import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { getDatabase } from '../../db/database';
import { pendingCountsByCase } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { transportForState } from '../../sync/session-transport';
import { SyncEngine } from '../../sync/sync-engine';
import { initialStatus, type SyncStatus } from '../../sync/sync-status';
import { useSession } from '../security/SessionContext';
import { wipeReportStore } from '../security/wipe-reports';
import { exclusiveAcrossTabs } from './exclusive';

const SYNC_INTERVAL_MS = 3 * 60_000;
const AFTER_CHANGE_MS = 2_000;

interface SyncValue {
  engine: SyncEngine;
  status: SyncStatus;
}

const SyncContext = createContext<SyncValue | null>(null);

/**
 * Runs the sync engine while the app is unlocked: on start, when the network returns, a moment
 * after local changes, and every few minutes. Locking lets the current batch finish first.
 */
export function SyncProvider({
  children,
  appVersion,
}: {
  children: ReactNode;
  appVersion: string;
}) {
  const { session } = useSession();
  const [engine] = useState(
    () =>
      new SyncEngine({
        db: getDatabase,
        transportFor: transportForState(getDatabase),
        appVersion,
        exclusive: exclusiveAcrossTabs('amparo-sync'),
        onWipeRequested: () => session.wipe({ reason: 'serverRequested', overridden: false }),
        wipeReports: wipeReportStore,
        onLease: (lease) => session.recordLease(lease),
      }),
  );
  const [status, setStatus] = useState<SyncStatus>(initialStatus);
  useEffect(() => engine.status.subscribe(setStatus), [engine]);

  useEffect(() => {
    void engine.syncNow();
    const online = () => void engine.syncNow();
    globalThis.addEventListener('online', online);
    const interval = setInterval(() => void engine.syncNow(), SYNC_INTERVAL_MS);
    const unlock = session.onBeforeLock(() => engine.pauseAfterCurrentBatch());
    // A passphrase change copies the store: nothing may write to it meanwhile.
    const background = session.onBackgroundWork({
      pause: () => engine.pauseAfterCurrentBatch(),
      resume: () => engine.resume(),
    });
    return () => {
      globalThis.removeEventListener('online', online);
      clearInterval(interval);
      unlock();
      background();
    };
  }, [engine, session]);

  // Local changes: a short pause after the outbox grows, so typing does not trigger a sync per key.
  const pending = useLiveQuery(
    async () => [...(await pendingCountsByCase()).values()].reduce((a, b) => a + b, 0),
    [],
  );
  const previous = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (pending === undefined) return;
    const grew = previous.current !== undefined && pending > previous.current;
    previous.current = pending;
    void engine.refreshCounts();
    if (!grew) return;
    const timer = setTimeout(() => void engine.syncNow(), AFTER_CHANGE_MS);
    return () => clearTimeout(timer);
  }, [engine, pending]);

  const value = useMemo(() => ({ engine, status }), [engine, status]);
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncValue {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync needs a SyncProvider');
  return value;
}

/** The sync engine where one runs (the unlocked app), or null (tests of parts without it). */
export function useOptionalSync(): SyncValue | null {
  return useContext(SyncContext);
}
