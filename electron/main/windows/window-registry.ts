import type { BrowserWindow } from 'electron';

const appWindows = new Set<BrowserWindow>();

/** Windows Amparo created itself. IPC is accepted only from these, and events go only to these. */
export function trackAppWindow(window: BrowserWindow): void {
  appWindows.add(window);
  window.once('closed', () => appWindows.delete(window));
}

export function isAppWindow(window: BrowserWindow | null | undefined): boolean {
  return window !== null && window !== undefined && appWindows.has(window);
}

export function listAppWindows(): BrowserWindow[] {
  return [...appWindows].filter((window) => !window.isDestroyed());
}

export function forgetAppWindowsForTests(): void {
  appWindows.clear();
}
