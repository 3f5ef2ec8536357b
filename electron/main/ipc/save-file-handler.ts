import { AppError } from '@core/errors/app-error';
import type { MenuState } from '@core/ipc/menu-schemas';
import { translate } from '../i18n/desktop-strings';
import { allowedSaveExtension } from '../security/save-extensions';
import { saveWithDialog } from '../services/save-dialog';
import type { IpcHandler } from './handle';

/** `files:save`: drafts and exports (docx, ics…) go where the attorney chooses; other kinds are refused. */
export function createSaveFileHandler(deps: {
  menuState: () => MenuState;
}): IpcHandler<'files:save'> {
  return async ({ suggestedName, bytes }, { sender }) => {
    const extension = allowedSaveExtension(suggestedName);
    if (!extension) throw new AppError('ipc_invalid_payload', 'files.extensionNotAllowed');
    const language = deps.menuState().language;
    const saved = await saveWithDialog({
      sender,
      suggestedName,
      bytes,
      extension,
      title: translate(language, 'save.title'),
      filterName: extension.toUpperCase(),
    });
    return { saved };
  };
}
