import type { MenuState } from '@core/ipc/menu-schemas';
import { openInSystemBrowser } from '../services/system-browser';
import type { IpcHandler } from './handle';

export function createOpenExternalHandler(deps: {
  menuState: () => MenuState;
}): IpcHandler<'shell:open-external'> {
  return async ({ url }) => ({ opened: await openInSystemBrowser(url, deps.menuState().language) });
}
