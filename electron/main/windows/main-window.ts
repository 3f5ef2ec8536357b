import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { platformIcon } from '../assets/runtime-assets';
import { createLogger } from '../logging/logger';
import { appEntryUrl } from '../security/app-origin';
import { guardWindowClose } from './close-guard';
import { mainWindowOptions } from './main-window-options';
import { trackAppWindow } from './window-registry';
import {
  initialWindowBounds,
  readWindowState,
  writeWindowState,
  type WindowState,
} from './window-state';

const log = createLogger('windows');

export interface MainWindowInput {
  readonly preloadPath: string;
  /** How long a page that does not answer may hold the window's close (see close-guard). */
  readonly flushTimeoutMs: number;
}

function windowStatePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function captureState(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    isMaximized: window.isMaximized(),
  };
}

/** Opens the app window on `app://amparo/`, where it was last time. */
export async function createMainWindow(input: MainWindowInput): Promise<BrowserWindow> {
  const statePath = windowStatePath();
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const initial = initialWindowBounds(readWindowState(statePath), workAreas);
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: input.preloadPath,
      isDevToolsAllowed: !app.isPackaged,
      bounds: initial.bounds,
      icon: platformIcon('icons/window.png'),
    }),
  );
  trackAppWindow(window);
  if (initial.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  guardWindowClose(window, {
    timeoutMs: input.flushTimeoutMs,
    onClosing: () => {
      try {
        writeWindowState(statePath, captureState(window));
      } catch (error) {
        log.warn('window_state.save_failed', { error });
      }
    },
  });
  await window.loadURL(appEntryUrl);
  return window;
}

/** Brings the existing window forward (second launch, dock click). */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
