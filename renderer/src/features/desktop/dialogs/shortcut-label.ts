import type { TFunction } from 'i18next';
import { formatAccelerator, platformFrom } from '@core/actions/accelerator';
import { acceleratorFor, type AppAction, type HostMode } from '@core/actions/action-registry';
import type enDesktop from '../../../i18n/locales/en/desktop.json';

/** Registry label keys are checked against desktop.json by the electron project's i18n test. */
type ActionLabelKey = `actions.${keyof typeof enDesktop.actions}`;

export function actionLabel(action: AppAction, t: TFunction<'desktop'>): string {
  return t(action.labelKey as ActionLabelKey);
}

/** The shortcut of an action as this attorney types it (`Ctrl+K`, `⌘K`, `Alt+Mayús+L`). */
export function shortcutLabel(
  action: AppAction,
  mode: HostMode,
  t: TFunction<'desktop'>,
): string | null {
  const accelerator = acceleratorFor(action, mode);
  if (!accelerator) return null;
  return formatAccelerator(accelerator, platformFrom(globalThis.navigator?.platform), {
    ctrl: t('keys.ctrl'),
    shift: t('keys.shift'),
    alt: t('keys.alt'),
  });
}
