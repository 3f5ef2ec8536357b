import {
  buildDraft,
  DOCX_MIME_TYPE,
  draftFileName,
  type DraftInput,
  type DraftKind,
} from '@core/drafts';
import { getBridge, type HostBridge } from '../../bridge';
import { draftDocxBytes } from './docx-builder';

export type ExportOutcome = 'saved' | 'downloaded' | 'cancelled' | 'failed';

export interface ExportResult {
  readonly outcome: ExportOutcome;
  readonly fileName: string;
}

/** The .docx bytes and the file name (case reference + draft kind + date, never a name). */
export async function renderDraftFile(
  kind: DraftKind,
  input: DraftInput,
): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  const { document } = buildDraft(kind, input);
  return {
    fileName: draftFileName(input.caseFile.reference, kind, input.today),
    bytes: await draftDocxBytes(document),
  };
}

/** Builds the draft and hands it to the host: a save dialog on desktop, a download on the web. */
export async function exportDraft(
  kind: DraftKind,
  input: DraftInput,
  bridge: HostBridge = getBridge(),
): Promise<ExportResult> {
  let fileName = '';
  try {
    const file = await renderDraftFile(kind, input);
    fileName = file.fileName;
    const saved = await bridge.saveFile({
      suggestedName: file.fileName,
      mimeType: DOCX_MIME_TYPE,
      bytes: file.bytes,
    });
    // Web mode cannot tell whether the browser kept the download; it says only that it started.
    return {
      outcome: !saved ? 'cancelled' : bridge.mode === 'web' ? 'downloaded' : 'saved',
      fileName,
    };
  } catch {
    return { outcome: 'failed', fileName };
  }
}
