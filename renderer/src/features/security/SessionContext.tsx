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
import { Session, type SessionStatus } from './session';

interface SessionValue {
  session: Session;
  status: SessionStatus;
  refresh: () => Promise<void>;
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
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ session, status, refresh }), [refresh, session, status]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
