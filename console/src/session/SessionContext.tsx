import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ConsoleApi } from '../api/console-api';
import type { SessionState, SessionStore } from './session-store';

interface SessionValue {
  store: SessionStore;
  api: ConsoleApi;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ store, api, children }: SessionValue & { children: ReactNode }) {
  return <SessionContext.Provider value={{ store, api }}>{children}</SessionContext.Provider>;
}

function useSessionValue(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionProvider is missing');
  return value;
}

export function useSessionStore(): SessionStore {
  return useSessionValue().store;
}

export function useConsoleApi(): ConsoleApi {
  return useSessionValue().api;
}

export function useSessionState(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The signed-in session; only for components rendered inside the signed-in shell. */
export function useSignedInSession() {
  const state = useSessionState();
  if (state.status !== 'signedIn') throw new Error('not signed in');
  return state.session;
}
