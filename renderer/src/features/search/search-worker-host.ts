import { SearchEngine } from './search-engine';
import { stampsChecksum, type Envelope, type Reply, type WorkerRequest } from './search-protocol';

/**
 * The persisted index is deflated before the main thread seals it: a third of the bytes to read
 * from IndexedDB and decrypt at unlock, for a decompression here (off the main thread).
 */
async function through(bytes: ArrayBuffer, stream: CompressionStream | DecompressionStream) {
  const writer = stream.writable.getWriter();
  void writer.write(new Uint8Array(bytes)).catch(() => undefined);
  void writer.close().catch(() => undefined);
  return new Response(stream.readable).arrayBuffer();
}
export const deflate = (bytes: ArrayBuffer) => through(bytes, new CompressionStream('deflate-raw'));
export const inflate = (bytes: ArrayBuffer) =>
  through(bytes, new DecompressionStream('deflate-raw'));

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
        const answer = await this.handle(envelope.request);
        // A serialized index is compressed outside the queue: searches need not wait for it.
        void ('later' in answer ? answer.later : Promise.resolve(answer))
          .then(([value, transfer]) => this.post({ id: envelope.id, ok: true, value }, transfer))
          .catch(() => this.post({ id: envelope.id, ok: false }));
      } catch {
        // Never echo what failed: the text may be a client's.
        this.post({ id: envelope.id, ok: false });
      }
    });
  }

  private async handle(request: WorkerRequest): Promise<Answer | { later: Promise<Answer> }> {
    switch (request.type) {
      case 'load': {
        try {
          const loaded = SearchEngine.deserialize(await inflate(request.bytes));
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
        const raw = this.engine.serialize();
        const count = this.engine.size;
        const checksum = await stampsChecksum(this.engine.stamps());
        return {
          later: deflate(raw).then((bytes): Answer => [{ bytes, checksum, count }, [bytes]]),
        };
      }
    }
  }
}
