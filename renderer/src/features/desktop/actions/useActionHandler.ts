import { useEffect, useRef } from 'react';
import type { AppActionId } from '@core/actions/action-registry';
import { useActions, type ActionHandler } from './action-context';

/**
 * Provides an action while the calling component is mounted, e.g.
 * `useActionHandler('sync.now', () => syncEngine.syncNow())`. Until someone provides `sync.now`,
 * it shows as "not available yet" in the command list.
 */
export function useActionHandler(id: AppActionId, handler: ActionHandler): void {
  const { register } = useActions();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => register(id, () => latest.current()), [id, register]);
}
