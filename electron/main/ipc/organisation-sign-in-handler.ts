import type { MenuState } from '@core/ipc/menu-schemas';
import { shell } from 'electron';
import { translatorFor } from '../i18n/desktop-strings';
import { signInThroughBrowser } from '../services/loopback-sign-in';
import type { IpcHandler } from './handle';

/** `auth:sign-in-organisation`: the system browser and a loopback listener (RFC 8252). */
export function createOrganisationSignInHandler(deps: {
  menuState: () => MenuState;
}): IpcHandler<'auth:sign-in-organisation'> {
  return (request) =>
    signInThroughBrowser(request, {
      openExternal: (url) => shell.openExternal(url),
      t: translatorFor(deps.menuState().language),
    });
}
