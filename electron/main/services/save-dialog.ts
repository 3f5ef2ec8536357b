import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { createLogger } from '../logging/logger';
import { withRequiredExtension } from '../security/save-extensions';
import { defaultSavePath } from '../platform/platform-paths';

const log = createLogger('files');

export interface SaveWithDialogInput {
  readonly sender: WebContents;
  readonly suggestedName: string;
  readonly title: string;
  readonly filterName: string;
  readonly bytes: Uint8Array;
  /** When set, the written file keeps this extension whatever name is typed in the dialog. */
  readonly extension?: string;
}

/**
 * Asks where to save (starting in Documents, never a temp folder) and writes the file readable by
 * this OS user only. Returns false when the attorney cancels. The path is never logged: it may
 * hold a folder named after a client.
 */
export async function saveWithDialog(input: SaveWithDialogInput): Promise<boolean> {
  const window = BrowserWindow.fromWebContents(input.sender);
  const extension = input.extension ?? extname(input.suggestedName).slice(1).toLowerCase();
  const options = {
    title: input.title,
    defaultPath: defaultSavePath(app.getPath('documents'), input.suggestedName),
    filters: extension ? [{ name: input.filterName, extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as (
      'createDirectory' | 'showOverwriteConfirmation'
    )[],
  };
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return false;
  const path = input.extension
    ? withRequiredExtension(result.filePath, input.extension)
    : result.filePath;
  await writeFile(path, input.bytes, { mode: 0o600 });
  log.info('files.saved', { extension, bytes: input.bytes.byteLength });
  return true;
}
