import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { AppError } from '@core/errors/app-error';
import type { RequestChannel } from '@core/ipc/channels';
import { requestContract, type IpcParsedRequest, type IpcResponse } from '@core/ipc/contract';
import type { IpcError, IpcResult } from '@core/ipc/result';
import { createLogger } from '../logging/logger';
import { isTrustedSenderFrame } from '../security/navigation-policy';
import { isAppWindow } from '../windows/window-registry';

const log = createLogger('ipc');

export interface IpcContext {
  readonly sender: WebContents;
}

export type IpcHandler<C extends RequestChannel> = (
  request: IpcParsedRequest<C>,
  context: IpcContext,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/** Our window, its main frame, on `app://amparo`: nothing else may call main. */
export function isTrustedIpcEvent(event: IpcMainInvokeEvent): boolean {
  try {
    const window = BrowserWindow.fromWebContents(event.sender);
    return isTrustedSenderFrame(event.senderFrame, event.sender.mainFrame, isAppWindow(window));
  } catch {
    return false;
  }
}

function failure(error: AppError): IpcResult<never> {
  const shape: IpcError = { code: error.code, message: error.message };
  return { ok: false, error: shape };
}

/**
 * The only way to register an IPC handler. Checks the sender, parses the single argument with the
 * channel's strict schema, runs the handler, checks its answer against the response schema, and turns
 * every failure into `{ code, message }`. A rejected call never reaches the handler.
 */
export function handle<C extends RequestChannel>(channel: C, handler: IpcHandler<C>): void {
  const { request: requestSchema, response: responseSchema } = requestContract[channel];
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcResult<unknown>> => {
    if (!isTrustedIpcEvent(event)) {
      log.warn('ipc.untrusted_sender', { channel });
      return failure(new AppError('ipc_untrusted_sender', 'ipc_untrusted_sender'));
    }
    const parsed = args.length === 1 ? requestSchema.safeParse(args[0]) : null;
    if (!parsed?.success) {
      log.warn('ipc.invalid_payload', { channel, argumentCount: args.length });
      return failure(new AppError('ipc_invalid_payload', 'ipc_invalid_payload'));
    }
    try {
      const value = await handler(parsed.data as IpcParsedRequest<C>, { sender: event.sender });
      return { ok: true, value: responseSchema.parse(value) };
    } catch (error) {
      if (error instanceof AppError) {
        log.warn('ipc.handler_refused', { channel, code: error.code });
        return failure(error);
      }
      log.error('ipc.handler_failed', { channel, error });
      return failure(new AppError('internal', 'internal'));
    }
  });
}
