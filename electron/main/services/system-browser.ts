import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Language } from '../i18n/desktop-strings';
import { languageFromLocale, translate } from '../i18n/desktop-strings';
import { openExternalUrl } from '../security/external-links';

/** Asks before a link leaves Amparo, showing where it goes; Cancel is the default. */
async function confirmExternal(url: string, language: Language): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: [translate(language, 'external.open'), translate(language, 'external.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: translate(language, 'external.confirm'),
    detail: translate(language, 'external.detail', { url }),
  };
  const window = BrowserWindow.getFocusedWindow();
  const { response } = window
    ? await dialog.showMessageBox(window, options)
    : await dialog.showMessageBox(options);
  return response === 0;
}

/** Opens allow-listed legal-reference links in the system browser once confirmed; anything else is refused. */
export function openInSystemBrowser(
  url: unknown,
  language: Language = languageFromLocale(app.getLocale()),
): Promise<boolean> {
  return openExternalUrl(
    url,
    (allowed) => shell.openExternal(allowed),
    (allowed) => confirmExternal(allowed, language),
  );
}
