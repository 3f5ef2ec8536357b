/// <reference lib="webworker" />
import type { Envelope } from './search-protocol';
import { SearchWorkerHost } from './search-worker-host';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = new SearchWorkerHost((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event: MessageEvent<Envelope>) => host.receive(event.data);
