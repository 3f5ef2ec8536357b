import type { WebContents } from 'electron';
import { createLogger } from '../logging/logger';
import { isNavigationAllowed } from './navigation-policy';

const log = createLogger('navigation');

export interface WebContentsGuardOptions {
  /** Allow-listed external links (`target=_blank` on a citation) go to the system browser. */
  readonly openExternal: (url: string) => Promise<boolean>;
}

/**
 * Applied to every WebContents Electron creates: the page can never leave `app://amparo`, open a
 * window, attach a <webview> or pick a Bluetooth device.
 */
export function guardWebContents(contents: WebContents, options: WebContentsGuardOptions): void {
  const refuseOffOrigin = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    log.warn('navigation.blocked', { kind });
  };
  contents.on('will-navigate', refuseOffOrigin('navigate'));
  contents.on('will-redirect', refuseOffOrigin('redirect'));
  contents.on('will-frame-navigate', refuseOffOrigin('frame-navigate'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('navigation.webview_blocked');
  });
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    void options.openExternal(url).catch(() => log.warn('navigation.open_external_failed'));
    return { action: 'deny' };
  });
}
