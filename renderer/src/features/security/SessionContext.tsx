import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { getBridge } from '../../bridge';
import { useFlushRegistry } from '../saving/app-flush-registry';
import type { HeldAction } from './save-guard';
import { Session, type SessionStatus } from './session';

interface SessionValue {
  session: Session;
  status: SessionStatus;
  refresh: () => Promise<void>;
  /** Lock, close or sign-out waiting for the attorney because some work could not be saved. */
  held: HeldAction | null;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({
  children,
  session: given,
}: {
  children: ReactNode;
  session?: Session;
}) {
  const [session] = useState(() => given ?? new Session(getBridge()));
  const [status, setStatus] = useState<SessionStatus>('checking');
  const refresh = useCallback(async () => setStatus(await session.status()), [session]);
  const [held, setHeld] = useState<HeldAction | null>(session.guard.held);
  useEffect(() => session.guard.onChange(setHeld), [session]);
  // Web mode cannot hold a reload or a closing tab: seal what is not committed (brought back at
  // the next unlock), and start saving it, in case the saves finish.
  const registry = useFlushRegistry();
  useEffect(() => {
    const hidden = () => {
      session.rescue.pageHidden();
      void registry.flushAll();
    };
    const shown = (event: PageTransitionEvent) => {
      if (event.persisted) session.rescue.pageShown();
    };
    globalThis.addEventListener('pagehide', hidden);
    globalThis.addEventListener('pageshow', shown);
    return () => {
      globalThis.removeEventListener('pagehide', hidden);
      globalThis.removeEventListener('pageshow', shown);
    };
  }, [registry, session]);
  // Desktop: main holds the window's close until this page has saved everything.
  useEffect(
    () => getBridge().onFlushRequested(({ requestId }) => void session.closeRequested(requestId)),
    [session],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(
    () => ({ session, status, refresh, held }),
    [held, refresh, session, status],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** The session where one is provided (tests of single screens may render without it). */
export function useOptionalSession(): SessionValue | null {
  return useContext(SessionContext);
}
