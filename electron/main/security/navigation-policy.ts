import { appOrigin, isAppUrl } from './app-origin';

/** A page, redirect or frame may only ever show the app itself. */
export function isNavigationAllowed(url: unknown): boolean {
  return isAppUrl(url);
}

/**
 * Frames allowed to call IPC. Structural so that it can be tested without Electron. Reading a frame
 * that was disposed throws in Electron, which is treated as untrusted.
 */
export interface SenderFrameLike {
  readonly origin: string;
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

export function isTrustedSenderFrame(
  frame: SenderFrameLike | null | undefined,
  mainFrame: SenderFrameLike | null | undefined,
  isOwnWindow: boolean,
): boolean {
  if (!isOwnWindow || !frame || !mainFrame) return false;
  try {
    return (
      frame.parent === null &&
      frame.processId === mainFrame.processId &&
      frame.routingId === mainFrame.routingId &&
      frame.origin === appOrigin &&
      isAppUrl(frame.url)
    );
  } catch {
    return false;
  }
}
