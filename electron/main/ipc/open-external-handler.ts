import { openInSystemBrowser } from '../services/system-browser';
import type { IpcHandler } from './handle';

export function createOpenExternalHandler(): IpcHandler<'shell:open-external'> {
  return async ({ url }) => ({ opened: await openInSystemBrowser(url) });
}
