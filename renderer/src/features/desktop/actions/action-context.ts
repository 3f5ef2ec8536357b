import { createContext, useContext } from 'react';
import type { AppActionId } from '@core/actions/action-registry';

export type ActionHandler = () => void | Promise<void>;

export type Availability =
  { available: true } | { available: false; reason: 'needsCase' | 'unavailable' };

export interface ActionsApi {
  /** Runs an action as a menu item, a shortcut or the command list would. */
  run(id: AppActionId): void;
  availability(id: AppActionId): Availability;
  /** Lets a feature provide or override an action (the sync engine provides `sync.now`). */
  register(id: AppActionId, handler: ActionHandler): () => void;
}

export const ActionsContext = createContext<ActionsApi | null>(null);

export function useActions(): ActionsApi {
  const api = useContext(ActionsContext);
  if (!api) throw new Error('useActions needs the DesktopProvider (mounted by AppShell)');
  return api;
}
