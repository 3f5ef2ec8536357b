import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { platformFrom } from '@core/actions/accelerator';
import { getAppAction, type AppActionId } from '@core/actions/action-registry';
import { getBridge } from '../../bridge';
import { ActionsContext, type ActionHandler, type ActionsApi } from './actions/action-context';
import { actionForKey } from './actions/keyboard-shortcuts';
import { openCaseFromPath } from './actions/open-case';
import { useBuiltinActions, type DesktopDialog } from './actions/useBuiltinActions';
import { DesktopDialogs } from './dialogs/DesktopDialogs';
import { actionLabel } from './dialogs/shortcut-label';
import { useErrorReporting } from './errors/useErrorReporting';
import { RemindersContext, useReminderScheduling } from './reminders/useReminderScheduling';
import { useOptionalSync } from '../sync/SyncContext';
import { UpdatePrompt, type WaitingWork } from './updates/UpdatePrompt';
import './desktop.css';

/**
 * Desktop integration for the whole app: actions from menus, shortcuts and the command list,
 * the keyboard help and About dialogs, reminders, error reports and the update prompt. Works the
 * same in web mode, minus what only a desktop app can do.
 */
export function DesktopProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation('desktop');
  const bridge = useMemo(getBridge, []);
  const location = useLocation();
  const navigate = useNavigate();
  const openCase = useMemo(() => openCaseFromPath(location.pathname), [location.pathname]);
  const [dialog, setDialog] = useState<DesktopDialog | null>(null);
  const [status, setStatus] = useState('');
  const [registered, setRegistered] = useState<ReadonlyMap<AppActionId, ActionHandler>>(
    () => new Map(),
  );
  const announce = useCallback((key: 'noInterview') => setStatus(t(`status.${key}`)), [t]);
  const builtins = useBuiltinActions({ bridge, openCase, setDialog, announce });
  // Stable, so that a feature's registration effect does not re-run on every change.
  const register = useCallback<ActionsApi['register']>((id, handler) => {
    setRegistered((map) => new Map(map).set(id, handler));
    return () =>
      setRegistered((map) => {
        if (map.get(id) !== handler) return map;
        const next = new Map(map);
        next.delete(id);
        return next;
      });
  }, []);

  const api = useMemo<ActionsApi>(() => {
    const handlerOf = (id: AppActionId) => registered.get(id) ?? builtins[id];
    const availability: ActionsApi['availability'] = (id) => {
      if (!handlerOf(id)) return { available: false, reason: 'unavailable' };
      if (getAppAction(id).needsCase && !openCase) return { available: false, reason: 'needsCase' };
      return { available: true };
    };
    return {
      availability,
      run(id) {
        const action = getAppAction(id);
        const state = availability(id);
        if (!state.available) {
          setStatus(t(`status.${state.reason}`, { action: actionLabel(action, t) }));
          return;
        }
        setStatus('');
        void Promise.resolve(handlerOf(id)?.()).catch(() => setStatus(t('status.actionFailed')));
      },
      register,
    };
  }, [builtins, openCase, register, registered, t]);

  const latest = useRef(api);
  useEffect(() => {
    latest.current = api;
  }, [api]);

  useEffect(() => bridge.onMenuAction((id) => latest.current.run(id)), [bridge]);
  useEffect(
    () => bridge.onReminderClicked((caseId) => void navigate(`/cases/${caseId}`)),
    [bridge, navigate],
  );

  useEffect(() => {
    const language = i18n.language === 'es' ? 'es' : 'en';
    bridge.setMenuState({ language, hasOpenCase: openCase !== null }).catch(() => undefined);
  }, [bridge, i18n.language, openCase]);

  useEffect(() => {
    const platform = platformFrom(globalThis.navigator?.platform);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const id = actionForKey(event, bridge.mode, platform);
      if (!id) return;
      event.preventDefault();
      latest.current.run(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [bridge]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  const sync = useOptionalSync();
  const waiting = useMemo<WaitingWork | undefined>(
    () =>
      sync
        ? {
            unsyncedChanges: sync.status.pending,
            isSyncing: sync.status.phase === 'syncing',
            syncNow: () => void sync.engine.syncNow(),
          }
        : undefined,
    [sync],
  );

  useErrorReporting(bridge);
  const reminders = useReminderScheduling(bridge);

  return (
    <ActionsContext.Provider value={api}>
      <RemindersContext.Provider value={reminders}>{children}</RemindersContext.Provider>
      <DesktopDialogs dialog={dialog} onClose={() => setDialog(null)} bridge={bridge} />
      <UpdatePrompt bridge={bridge} waiting={waiting} />
      <p className="desktop-status" role="status" data-print="hide">
        {status}
      </p>
    </ActionsContext.Provider>
  );
}
