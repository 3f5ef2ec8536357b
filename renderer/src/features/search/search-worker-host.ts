import { SearchEngine } from './search-engine';
import { stampsChecksum, type Envelope, type Reply, type WorkerRequest } from './search-protocol';

type Answer = [unknown, Transferable[]?];

/**
 * The worker's side: one engine, requests handled strictly in the order they came. Holds no
 * keys and touches no storage; it only ever sees clear text posted by the unlocked window.
 */
export class SearchWorkerHost {
  private engine = new SearchEngine();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly post: (reply: Reply, transfer?: Transferable[]) => void) {}

  receive(envelope: Envelope): void {
    this.queue = this.queue.then(async () => {
      try {
        const [value, transfer] = await this.handle(envelope.request);
        this.post({ id: envelope.id, ok: true, value }, transfer);
      } catch {
        // Never echo what failed: the text may be a client's.
        this.post({ id: envelope.id, ok: false });
      }
    });
  }

  private async handle(request: WorkerRequest): Promise<Answer> {
    switch (request.type) {
      case 'load': {
        try {
          const loaded = SearchEngine.deserialize(request.bytes);
          if ((await stampsChecksum(loaded.stamps())) !== request.checksum) return [{ ok: false }];
          this.engine = loaded;
          return [{ ok: true }];
        } catch {
          return [{ ok: false }];
        }
      }
      case 'upsert':
        for (const doc of request.docs) this.engine.upsert(doc);
        return [null];
      case 'remove':
        for (const id of request.ids) this.engine.remove(id);
        return [null];
      case 'reset':
        this.engine.clear();
        return [null];
      case 'search':
        return [this.engine.search(request.query, request.limit)];
      case 'stamps':
        return [[...this.engine.stamps()]];
      case 'serialize': {
        const bytes = this.engine.serialize();
        const checksum = await stampsChecksum(this.engine.stamps());
        return [{ bytes, checksum, count: this.engine.size }, [bytes]];
      }
    }
  }
}
