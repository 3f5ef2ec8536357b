import { shell } from 'electron';
import { openExternalUrl } from '../security/external-links';
import { handle } from './handle';

/** Opens allow-listed legal-reference links in the system browser; anything else is refused. */
export function openInSystemBrowser(url: unknown): Promise<boolean> {
  return openExternalUrl(url, (allowed) => shell.openExternal(allowed));
}

export function registerOpenExternalHandler(): void {
  handle('shell:open-external', async ({ url }) => ({ opened: await openInSystemBrowser(url) }));
}
