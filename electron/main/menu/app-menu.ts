import { Menu, type BrowserWindow } from 'electron';
import type { AppAction } from '@core/actions/action-registry';
import { buildMenuModel } from '@core/actions/menu-model';
import { platformFrom } from '@core/actions/accelerator';
import type { MenuState } from '@core/ipc/menu-schemas';
import { translatorFor } from '../i18n/desktop-strings';
import { createLogger } from '../logging/logger';
import { sendEvent } from '../ipc/send-event';
import { focusWindow } from '../windows/main-window';
import { listAppWindows } from '../windows/window-registry';
import { buildMenuTemplate } from './menu-template';

const log = createLogger('menu');

export interface AppMenuOptions {
  readonly platform: NodeJS.Platform;
  readonly devTools: boolean;
  readonly initialState: MenuState;
  /** Actions main runs itself (`handledBy: 'main'`, except roles): Lock now. */
  readonly runInMain: (action: AppAction) => void;
}

export interface AppMenu {
  update(state: MenuState): void;
  state(): MenuState;
}

/** The window a menu click is meant for: the focused one of ours, else our first. */
function targetWindow(): BrowserWindow | undefined {
  const windows = listAppWindows();
  return windows.find((w) => w.isFocused()) ?? windows[0];
}

/** Sends a renderer action to the window, showing it first if it was minimised or hidden. */
export function forwardActionToRenderer(action: AppAction): void {
  const window = targetWindow();
  if (!window) {
    log.warn('menu.no_window', { action: action.id });
    return;
  }
  focusWindow(window);
  sendEvent(window, 'menu:action-invoked', { actionId: action.id });
}

/** Installs the application menu built from the action registry, and rebuilds it on change. */
export function installAppMenu(options: AppMenuOptions): AppMenu {
  const model = buildMenuModel({
    platform: platformFrom(options.platform),
    devTools: options.devTools,
  });
  let current = options.initialState;
  const onAction = (action: AppAction) => {
    if (action.handledBy === 'main') options.runInMain(action);
    else forwardActionToRenderer(action);
  };
  const apply = () => {
    const template = buildMenuTemplate({
      model,
      state: current,
      t: translatorFor(current.language),
      onAction,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  apply();
  return {
    update(state) {
      if (state.language === current.language && state.hasOpenCase === current.hasOpenCase) return;
      current = state;
      apply();
    },
    state: () => current,
  };
}
