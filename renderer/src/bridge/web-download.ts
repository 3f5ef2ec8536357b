import type { SaveFileRequest } from './types';

/**
 * Web mode's "save": a download through a temporary Blob link. Where the file lands is the
 * browser's choice (often Downloads); the page cannot tell whether it was kept.
 */
export function downloadFile(request: SaveFileRequest, doc: Document = document): boolean {
  const blob = new Blob([request.bytes], { type: request.mimeType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked later: some browsers read the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return true;
}
