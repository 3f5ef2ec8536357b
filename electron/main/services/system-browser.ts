import { shell } from 'electron';
import { openExternalUrl } from '../security/external-links';

/** Opens allow-listed legal-reference links in the system browser; anything else is refused. */
export function openInSystemBrowser(url: unknown): Promise<boolean> {
  return openExternalUrl(url, (allowed) => shell.openExternal(allowed));
}
