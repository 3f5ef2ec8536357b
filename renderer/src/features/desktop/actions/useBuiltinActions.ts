import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { AppActionId } from '@core/actions/action-registry';
import type { HostBridge } from '../../../bridge';
import { useSignedIn } from '../../intakes/useIntakes';
import { latestInterviewId } from '../print/interview-lookup';
import type { ActionHandler } from './action-context';
import { focusSearchSoon } from './focus-search';
import type { OpenCase } from './open-case';

export type DesktopDialog = 'commands' | 'keyboard' | 'about';

export interface BuiltinDeps {
  bridge: HostBridge;
  openCase: OpenCase | null;
  setDialog: (update: (current: DesktopDialog | null) => DesktopDialog | null) => void;
  announce: (key: 'noInterview') => void;
}

/**
 * What each action does when no feature provides it. `sync.now` has no built-in: the sync engine
 * registers it with `useActionHandler`.
 */
export function useBuiltinActions(deps: BuiltinDeps): Partial<Record<AppActionId, ActionHandler>> {
  const navigate = useNavigate();
  const { bridge, openCase, setDialog, announce } = deps;
  // An attorney's new work starts as an intake that MCJ checks for conflicts (issue 17), whichever
  // way it is asked for: the main button, the File menu or the command list.
  const role = useSignedIn()?.role;
  return useMemo(() => {
    const go = (path: string) => {
      void navigate(path);
    };
    const toggle = (dialog: DesktopDialog) => () =>
      setDialog((current) => (current === dialog ? null : dialog));
    return {
      'commands.open': toggle('commands'),
      'help.keyboard': toggle('keyboard'),
      'help.about': toggle('about'),
      'case.new': () => go(role === 'attorney' ? '/intakes/new' : '/cases/new'),
      'go.cases': () => go('/cases'),
      'go.agenda': () => go('/agenda'),
      'go.settings': () => go('/settings'),
      'search.focus': () => {
        go('/cases');
        requestAnimationFrame(() => focusSearchSoon());
      },
      'search.all': () => {
        go('/search');
        requestAnimationFrame(() => focusSearchSoon());
      },
      'security.lock': () => bridge.lockNow(),
      'app.quit': () => bridge.quitApp(),
      'print.caseSummary': () => {
        if (openCase) go(`/print/cases/${openCase.caseId}/summary`);
      },
      'print.interview': async () => {
        if (!openCase) return;
        const id = openCase.interviewId ?? (await latestInterviewId(openCase.caseId));
        if (id) go(`/print/cases/${openCase.caseId}/interviews/${id}`);
        else announce('noInterview');
      },
    };
  }, [announce, bridge, navigate, openCase, role, setDialog]);
}
