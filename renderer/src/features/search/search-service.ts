import type { StoreChange } from '../../db/change-feed';
import { getDatabase, type AmparoDatabase } from '../../db/database';
import type { AttachmentRow, DocumentRow, NoteRevisionRow } from '../../db/rows';
import {
  dropPersistedIndex,
  readAttachments,
  readDocs,
  readNoteTexts,
  readPersistedIndex,
  readSourceStamps,
  writePersistedIndex,
  type SourceStamp,
} from '../../db/search-store';
import { nowIso } from '../../lib/ids';
import { createSearchWorker, SearchClient, type WorkerPort } from './search-client';
import { INDEX_VERSION } from './search-engine';
import {
  searchDocOfAttachment,
  searchDocOfDocument,
  searchDocOfNote,
  searchIdOf,
} from './search-sources';
import type { SearchAnswer, SearchDoc } from './search-types';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'stopped';

export interface SearchServiceOptions {
  makeWorker?: () => WorkerPort;
  /** Quiet time after the last change before the sealed index is written again. */
  persistDelayMs?: number;
  /** Records read and posted to the worker at once while (re)building. */
  chunk?: number;
  /** Other windows of this store are told which records changed (ids only). */
  channelName?: string | null;
}

const CHANNEL = 'amparo-search-changes';

/**
 * The search index of the unlocked session. The index lives in a worker; this side reads and
 * decrypts records, hands their text over, and keeps the index current:
 * - at unlock it loads the sealed index (if any, of this version, and whose checksum matches
 *   the records it says it covers), then compares each record's stamp with the store and
 *   re-reads only what changed; with no usable sealed index it builds from every record;
 * - each committed write of this window is posted as it happens; other windows hear ids only;
 * - a while after the last change the index is sealed (data key, table policy) and stored;
 *   a deletion drops the stored one at once (a forgotten case must not linger in it);
 * - `stop()` (lock, wipe) terminates the worker, which frees everything it held.
 */
export class SearchService {
  private client: SearchClient | null = null;
  private unsubscribe: (() => void) | null = null;
  private channel: BroadcastChannel | null = null;
  private statusValue: SearchStatus = 'idle';
  private readonly listeners = new Set<(status: SearchStatus) => void>();
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private noteTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly notesToRefresh = new Set<string>();
  /** Ids written live since the current (re)build began: the build must not post older text. */
  private touched = new Set<string>();
  private building: Promise<void> | null = null;
  private rebuildAgain = false;
  /** Bumped by every deletion: an index serialized before one is not stored. */
  private deletions = 0;
  /** Settles when the index is in line with the store (after a build, or a sealed load's check). */
  ready: Promise<void> = Promise.resolve();
  /**
   * Settles when searches get answers: as soon as a sealed index has loaded (the check of its
   * stamps against the store follows, and brings in what changed since it was sealed), or after
   * a build.
   */
  answering: Promise<void> = Promise.resolve();
  private answered: (() => void) | null = null;
  /** What was last typed on the search screen (memory only; gone with the keys). */
  lastQuery = '';
  /** How the last unlock got its index (tests and the benchmark read it). */
  lastLoad: {
    fromSealed: boolean;
    reread: number;
    /** Where the time went: reading and opening the sealed row, the worker's load, the check. */
    ms: { read: number; load: number; reconcile: number };
  } | null = null;

  constructor(
    private readonly db: () => AmparoDatabase = getDatabase,
    private readonly options: SearchServiceOptions = {},
  ) {}

  get status(): SearchStatus {
    return this.statusValue;
  }

  onStatus(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setStatus(status: SearchStatus): void {
    this.statusValue = status;
    this.listeners.forEach((listener) => listener(status));
  }

  start(): void {
    if (this.live) return;
    this.lastLoad = null;
    this.client = new SearchClient((this.options.makeWorker ?? createSearchWorker)());
    this.unsubscribe = this.db().onStoreChanges((changes) => this.onChanges(changes));
    const name = this.options.channelName === undefined ? CHANNEL : this.options.channelName;
    if (name && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(name);
      this.channel.onmessage = (event: MessageEvent<{ ids?: unknown }>) =>
        this.onOtherWindow(event.data);
    }
    this.setStatus('loading');
    this.answering = new Promise((resolve) => (this.answered = resolve));
    this.ready = this.load()
      .catch(() => undefined)
      .finally(() => this.answered?.());
  }

  /** Lock or wipe: the worker and everything it held go. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.channel?.close();
    this.channel = null;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    if (this.noteTimer) clearTimeout(this.noteTimer);
    this.persistTimer = this.noteTimer = null;
    this.notesToRefresh.clear();
    this.client?.stop();
    this.lastQuery = '';
    if (this.client) this.setStatus('stopped');
  }

  private get live(): SearchClient | null {
    return this.client && !this.client.isStopped ? this.client : null;
  }

  async search(query: string, limit = 100): Promise<SearchAnswer> {
    const client = this.live;
    if (!client) return { hits: [], total: 0 };
    return client.request({ type: 'search', query, limit });
  }

  private async load(): Promise<void> {
    const client = this.live;
    if (!client) return;
    let loaded = false;
    const ms = { read: 0, load: 0, reconcile: 0 };
    let t0 = performance.now();
    try {
      const row = await readPersistedIndex(this.db());
      ms.read = performance.now() - t0;
      t0 = performance.now();
      if (row && row.version === INDEX_VERSION) {
        const bytes = row.content;
        loaded = (await client.request({ type: 'load', bytes, checksum: row.checksum }, [bytes]))
          .ok;
      }
      ms.load = performance.now() - t0;
      if (loaded && this.live) {
        this.setStatus('ready');
        this.answered?.();
      }
      if (row && !loaded) await dropPersistedIndex(this.db());
    } catch {
      // Undecryptable (tampered, or another store's key): never trusted, built again.
      if (!this.live) return;
      await dropPersistedIndex(this.db()).catch(() => undefined);
    }
    t0 = performance.now();
    const changed = await this.rebuild();
    ms.reconcile = performance.now() - t0;
    if (!this.live) return;
    this.lastLoad = { fromSealed: loaded, reread: changed, ms };
    this.setStatus('ready');
    if (!loaded || changed > 0) this.schedulePersist();
  }

  /** Brings the index in line with the store; returns how many records it re-read or removed. */
  rebuild(): Promise<number> {
    if (this.building) {
      this.rebuildAgain = true;
      return this.building.then(() => 0);
    }
    let count = 0;
    this.building = (async () => {
      do {
        this.rebuildAgain = false;
        count += await this.reconcile();
      } while (this.rebuildAgain && this.live);
    })().finally(() => {
      this.building = null;
    });
    return this.building.then(() => count);
  }

  private async reconcile(): Promise<number> {
    const client = this.live;
    if (!client) return 0;
    this.touched = new Set();
    const [current, indexedPairs] = await Promise.all([
      readSourceStamps(this.db()),
      client.request({ type: 'stamps' }),
    ]);
    const indexed = new Map(indexedPairs);
    const wanted = new Map<string, SourceStamp>();
    for (const stamp of current) {
      const id = searchIdOf(stamp.table, stamp.recordId, stamp.entity);
      if (id) wanted.set(id, stamp);
    }
    const gone = [...indexed.keys()].filter((id) => !wanted.has(id));
    if (gone.length > 0) await client.request({ type: 'remove', ids: gone });
    const stale = [...wanted].filter(([id, stamp]) => indexed.get(id) !== stamp.stamp);
    const chunk = this.options.chunk ?? 400;
    const notes = stale.filter(([, s]) => s.table === 'noteRevisions').map(([, s]) => s.recordId);
    const others = stale.filter(([, s]) => s.table !== 'noteRevisions').map(([, s]) => s);
    const post = async (docs: SearchDoc[]) => {
      for (let i = 0; i < docs.length; i += chunk) {
        if (!this.live) return;
        const fresh = docs.slice(i, i + chunk).filter((doc) => !this.touched.has(doc.id));
        if (fresh.length > 0) await client.request({ type: 'upsert', docs: fresh });
      }
    };
    for (let i = 0; i < others.length; i += chunk) {
      if (!this.live) return 0;
      await post(await this.readDocs(others.slice(i, i + chunk)));
    }
    if (!this.live) return 0;
    await post((await readNoteTexts(this.db(), notes)).map(searchDocOfNote));
    if (!this.live) return 0;
    return gone.length + stale.length;
  }

  private async readDocs(stamps: SourceStamp[]): Promise<SearchDoc[]> {
    const ids = (table: SourceStamp['table']) =>
      stamps.filter((s) => s.table === table).map((s) => s.recordId);
    const db = this.db();
    const [docs, attachments] = await Promise.all([
      readDocs(db, ids('docs')),
      readAttachments(db, ids('attachments')),
    ]);
    return [
      ...docs.map(searchDocOfDocument).filter((doc): doc is SearchDoc => doc !== null),
      ...attachments.map(searchDocOfAttachment),
    ];
  }

  /**
   * A committed write of this window. Runs on the main thread at every save, so it only turns
   * the written rows into index records and posts them (measured by bench/search).
   */
  onChanges(changes: StoreChange[]): void {
    const client = this.live;
    if (!client) return;
    const docs: SearchDoc[] = [];
    const removed: string[] = [];
    let deleted = false;
    for (const change of changes) {
      if (change.type === 'delete') {
        deleted = true;
        continue;
      }
      if (change.table === 'docs') {
        const row = change.row as unknown as DocumentRow;
        const doc = searchDocOfDocument(row);
        const id = searchIdOf('docs', row.id, row.entity);
        if (doc) docs.push(doc);
        else if (id) removed.push(id);
      } else if (change.table === 'attachments') {
        docs.push(searchDocOfAttachment(change.row as unknown as AttachmentRow));
      } else if (change.table === 'noteRevisions') {
        const row = change.row as unknown as NoteRevisionRow;
        // Found at once by the text just written; its exact stamp and head follow shortly.
        docs.push(
          searchDocOfNote({
            noteId: row.noteId,
            caseId: row.caseId,
            stamp: `live|${row.id}|${row.createdAt}`,
            body: row.body,
          }),
        );
        this.notesToRefresh.add(row.noteId);
      }
    }
    for (const doc of docs) this.touched.add(doc.id);
    for (const id of removed) this.touched.add(id);
    if (docs.length > 0) void client.request({ type: 'upsert', docs }).catch(() => undefined);
    if (removed.length > 0)
      void client.request({ type: 'remove', ids: removed }).catch(() => undefined);
    if (this.notesToRefresh.size > 0) this.scheduleNoteRefresh();
    if (deleted) this.onDeletion();
    const ids = [...docs.map((d) => d.id), ...removed];
    if (ids.length > 0) this.channel?.postMessage({ ids });
    this.schedulePersist();
  }

  private onDeletion(): void {
    this.deletions += 1;
    void dropPersistedIndex(this.db()).catch(() => undefined);
    void this.rebuild().catch(() => undefined);
  }

  /** Another window wrote (or deleted): only ids come through; the store says the rest. */
  private onOtherWindow(message: { ids?: unknown }): void {
    if (!this.live) return;
    void this.rebuild().catch(() => undefined);
    if (Array.isArray(message.ids)) this.schedulePersist();
  }

  private scheduleNoteRefresh(): void {
    if (this.noteTimer) return;
    this.noteTimer = setTimeout(() => void this.refreshNotes().catch(() => undefined), 1000);
  }

  /** Notes written live get their exact head and stamp (so a sealed index matches the store). */
  private async refreshNotes(): Promise<void> {
    if (this.noteTimer) clearTimeout(this.noteTimer);
    this.noteTimer = null;
    const noteIds = [...this.notesToRefresh];
    this.notesToRefresh.clear();
    const notes = await readNoteTexts(this.db(), noteIds);
    const client = this.live;
    if (client && notes.length > 0)
      await client.request({ type: 'upsert', docs: notes.map(searchDocOfNote) });
  }

  private schedulePersist(): void {
    if (!this.live) return;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.persist().catch(() => undefined);
    }, this.options.persistDelayMs ?? 5000);
  }

  /** Seals the index and stores it (the encryption middleware seals `content` as bytes). */
  async persist(): Promise<void> {
    const client = this.live;
    if (!client) return;
    const deletions = this.deletions;
    if (this.notesToRefresh.size > 0) await this.refreshNotes();
    const { bytes, checksum, count } = await client.request({ type: 'serialize' });
    if (!this.live || deletions !== this.deletions) return;
    await writePersistedIndex(this.db(), {
      version: INDEX_VERSION,
      checksum,
      count,
      savedAt: nowIso(),
      content: bytes,
    });
  }
}
