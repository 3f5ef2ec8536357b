import type {
  EventChannel,
  EventMethodOf,
  FeatureOf,
  RequestChannel,
  RequestMethodOf,
} from './channels';
import type { IpcEventPayload, IpcRequest, IpcResponse } from './contract';

export type Unsubscribe = () => void;

/** Channels without input take no argument; the others take their request object. */
export type BridgeRequestFunction<C extends RequestChannel> = [IpcRequest<C>] extends [
  Record<string, never>,
]
  ? () => Promise<IpcResponse<C>>
  : (request: IpcRequest<C>) => Promise<IpcResponse<C>>;

export type BridgeEventFunction<C extends EventChannel> = (
  listener: (payload: IpcEventPayload<C>) => void,
) => Unsubscribe;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type BridgeFeature<F extends string> = Simplify<
  {
    readonly [
      C in RequestChannel as FeatureOf<C> extends F ? RequestMethodOf<C> : never
    ]: BridgeRequestFunction<C>;
  } & {
    readonly [
      C in EventChannel as FeatureOf<C> extends F ? EventMethodOf<C> : never
    ]: BridgeEventFunction<C>;
  }
>;

/**
 * `window.amparo` in desktop mode: one frozen object, namespaced by feature, one function per channel.
 * Request functions reject with a plain `IpcError` (`{ code, message }`); listeners return an
 * `Unsubscribe`. For example `amparo.app.getInfo()`, `amparo.shell.openExternal({ url })`,
 * `amparo.security.getDeviceSecret()`, `amparo.security.onLockRequested(({ reason }) => …)`.
 */
export type AmparoBridge = {
  readonly [F in FeatureOf<RequestChannel | EventChannel>]: BridgeFeature<F>;
};
