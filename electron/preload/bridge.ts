import type { IpcRenderer } from 'electron';
import type { AmparoBridge } from '@core/ipc/bridge';
import {
  eventChannels,
  eventMethodPath,
  requestChannels,
  requestMethodPath,
  type EventChannel,
  type RequestChannel,
} from '@core/ipc/channels';
import type { IpcError } from '@core/ipc/result';

type Invoker = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
type AnyFunction = (...args: never[]) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Main always answers with an `IpcResult`; anything else is reported as `internal`. */
function unwrap(result: unknown): unknown {
  if (isRecord(result) && result['ok'] === true) return result['value'];
  const error = isRecord(result) && isRecord(result['error']) ? result['error'] : {};
  const shape: IpcError = {
    code: typeof error['code'] === 'string' ? (error['code'] as IpcError['code']) : 'internal',
    message: typeof error['message'] === 'string' ? error['message'] : 'internal',
  };
  // A plain object, not an Error: the context bridge keeps a plain object's fields but drops an
  // Error's custom properties.
  throw shape;
}

function requestFunction(ipc: Invoker, channel: RequestChannel): AnyFunction {
  return async (...args: unknown[]) => {
    // Channels without input are called without arguments; main still validates whatever arrives.
    const request = args.length === 0 ? {} : args[0];
    return unwrap(await ipc.invoke(channel, request));
  };
}

function eventFunction(ipc: Invoker, channel: EventChannel): AnyFunction {
  return (listener: unknown) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The IpcRendererEvent (with its `sender`) never reaches the page: only the payload does.
    const forward = (_event: unknown, payload: unknown) => {
      listener(payload);
    };
    ipc.on(channel, forward);
    let isSubscribed = true;
    return () => {
      if (!isSubscribed) return;
      isSubscribed = false;
      ipc.removeListener(channel, forward);
    };
  };
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

/** Builds `window.amparo` from the channel list: one function per channel, nothing generic. */
export function buildBridge(ipc: Invoker): AmparoBridge {
  const features: Record<string, Record<string, AnyFunction>> = {};
  const place = (feature: string, method: string, fn: AnyFunction) => {
    const target = (features[feature] ??= {});
    if (method in target) throw new Error(`duplicate bridge method ${feature}.${method}`);
    target[method] = fn;
  };
  for (const channel of requestChannels) {
    const { feature, method } = requestMethodPath(channel);
    place(feature, method, requestFunction(ipc, channel));
  }
  for (const channel of eventChannels) {
    const { feature, method } = eventMethodPath(channel);
    place(feature, method, eventFunction(ipc, channel));
  }
  return deepFreeze(features) as unknown as AmparoBridge;
}
