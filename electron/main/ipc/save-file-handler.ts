import type { MenuState } from '@core/ipc/menu-schemas';
import { translate } from '../i18n/desktop-strings';
import { saveWithDialog } from '../services/save-dialog';
import type { IpcHandler } from './handle';

/** `files:save`: drafts and exports (docx, ics) go where the attorney chooses. */
export function createSaveFileHandler(deps: {
  menuState: () => MenuState;
}): IpcHandler<'files:save'> {
  return async ({ suggestedName, bytes }, { sender }) => {
    const language = deps.menuState().language;
    const saved = await saveWithDialog({
      sender,
      suggestedName,
      bytes,
      title: translate(language, 'save.title'),
      filterName:
        suggestedName.split('.').pop()?.toUpperCase() ?? translate(language, 'save.allFiles'),
    });
    return { saved };
  };
}
