import type { Envelope, Reply, WorkerAnswers, WorkerRequest } from './search-protocol';
import { SearchWorkerHost } from './search-worker-host';

/** What the client needs of a Worker (tests pass an in-process one). */
export interface WorkerPort {
  postMessage(message: Envelope, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<Reply>) => void) | null;
  terminate(): void;
}

export function createSearchWorker(): WorkerPort {
  return new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  }) as unknown as WorkerPort;
}

/** The worker's host run in this thread, answering asynchronously as a worker would (tests). */
export function inProcessWorker(): WorkerPort & { terminated: boolean } {
  const port = {
    onmessage: null as ((event: MessageEvent<Reply>) => void) | null,
    terminated: false,
    host: null as SearchWorkerHost | null,
    postMessage(message: Envelope) {
      if (port.terminated) return;
      const copy = structuredClone(message);
      setTimeout(() => port.host?.receive(copy), 0);
    },
    terminate() {
      port.terminated = true;
      port.host = null;
    },
  };
  port.host = new SearchWorkerHost((reply) => {
    if (!port.terminated) port.onmessage?.({ data: structuredClone(reply) } as MessageEvent<Reply>);
  });
  return port;
}

export class WorkerGone extends Error {
  constructor() {
    super('search worker stopped');
  }
}

/** Request/answer over a worker; `stop()` terminates it and fails whatever is still waiting. */
export class SearchClient {
  private next = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private stopped = false;

  constructor(private readonly worker: WorkerPort) {
    worker.onmessage = (event) => {
      const reply = event.data;
      const pending = this.waiting.get(reply.id);
      if (!pending) return;
      this.waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(new Error('search worker request failed'));
    };
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  request<T extends WorkerRequest>(
    request: T,
    transfer: Transferable[] = [],
  ): Promise<WorkerAnswers[T['type']]> {
    if (this.stopped) return Promise.reject(new WorkerGone());
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.worker.terminate();
    for (const pending of this.waiting.values()) pending.reject(new WorkerGone());
    this.waiting.clear();
  }
}
