/**
 * The SHA-256 and first bytes of an upload, computed as its chunks arrive, so that the commit
 * need not read the chunks back from the store to hash them. Trusted only when every chunk
 * arrived once, in order, on this process (the laptop sends them so): a chunk out of order, a
 * chunk sent again (a duplicate on the wire, or other bytes under the same index) or a restart
 * forgets it, and the commit reads the chunks back as before. Nothing here is needed for
 * correctness; it is a shortcut for the common case.
 */
import { createHash, type Hash } from 'node:crypto';
import { FILE_KIND_HEAD_BYTES } from '@core/documents/file-kind';

interface Running {
  next: number;
  hash: Hash;
  head: Uint8Array;
}

export class UploadDigests {
  private readonly running = new Map<string, Running>();

  /** At most this many uploads in progress are followed (the oldest is dropped first). */
  constructor(private readonly limit = 256) {}

  /** Chunk `index` of the upload is now stored with these bytes. */
  stored(uploadId: string, index: number, bytes: Uint8Array): void {
    const state = this.running.get(uploadId);
    if (index === 0 && !state) {
      if (this.running.size >= this.limit) {
        const oldest = this.running.keys().next().value;
        if (oldest !== undefined) this.running.delete(oldest);
      }
      this.running.set(uploadId, {
        next: 1,
        hash: createHash('sha256').update(bytes),
        head: bytes.slice(0, FILE_KIND_HEAD_BYTES),
      });
      return;
    }
    if (state && index === state.next) {
      state.hash.update(bytes);
      state.next += 1;
      if (state.head.byteLength < FILE_KIND_HEAD_BYTES) {
        const head = new Uint8Array(
          Math.min(FILE_KIND_HEAD_BYTES, state.head.byteLength + bytes.byteLength),
        );
        head.set(state.head);
        head.set(bytes.subarray(0, head.byteLength - state.head.byteLength), state.head.byteLength);
        state.head = head;
      }
      return;
    }
    this.running.delete(uploadId);
  }

  /** The digest of all `chunkCount` chunks in order, or null (then read the chunks back). */
  take(uploadId: string, chunkCount: number): { sha256: string; head: Uint8Array } | null {
    const state = this.running.get(uploadId);
    this.running.delete(uploadId);
    if (!state || state.next !== chunkCount) return null;
    return { sha256: state.hash.digest('hex'), head: state.head };
  }

  forget(uploadId: string): void {
    this.running.delete(uploadId);
  }
}
