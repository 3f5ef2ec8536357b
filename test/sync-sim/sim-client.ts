/**
 * One simulated laptop: a real device (encrypted fake-indexeddb and the real sync engine) behind
 * its own fault proxy, and what the simulation remembers about it: every note revision it showed
 * as saved. Syncs happen only when the simulation asks (background retries are gated off), so a
 * run is repeatable from its seed.
 */
import type { NoteRevision } from '@core/domain/note-revision';
import { readSyncState } from '../../renderer/src/db/sync-state';
import { transportForState } from '../../renderer/src/sync/session-transport';
import { SyncEngine } from '../../renderer/src/sync/sync-engine';
import { checksumTracingFetch } from './checksum-trace';
import { createDevice, type Device } from './device';
import { FaultProxy, type FaultRates } from './fault-proxy';
import { onLaptopClock } from './laptop-clock';
import type { Prng } from './prng';
import { PullCrashSwitch } from './pull-crash-fault';

export type AttorneyKey = 'attorney1' | 'attorney2';

export interface SavedRevision {
  revisionId: string;
  noteId: string;
  caseId: string;
  body: string;
  state: NoteRevision['state'];
  client: string;
  /** Texts saved under this id before `body`, oldest first. */
  earlierBodies: string[];
}

export interface SimClient {
  name: string;
  attorney: AttorneyKey;
  userId: string;
  device: Device;
  /** A second window of the app on the same database, syncing with no lock between the two. */
  secondTab: SyncEngine;
  /** Whether that window refreshes tokens without the profile's refresh lock. */
  unlockedTab: boolean;
  proxy: FaultProxy;
  /** This laptop's operations stream. */
  prng: Prng;
  /** revision id → what the attorney last saw saved under it (typing coalesces into one id). */
  saved: Map<string, SavedRevision>;
  /** Sync runs started by the simulation, and those that ended in a failure phase. */
  syncs: number;
  failedSyncs: number;
  /** Autosaves the app refused because the note had been finalised on another laptop. */
  refusedSaves: number;
  /** Cases whose local copy the simulation damaged (local-damage.ts). */
  damaged: Set<string>;
  /** What differed in each case this laptop's checksum found different (checksum-trace.ts). */
  checksumDifferences: Map<string, string[]>;
  /** A snapshot of this laptop's IndexedDB taken earlier in the run (restores it when called). */
  backup: (() => Promise<void>) | null;
  /** Times this laptop was restored from its snapshot. */
  restores: number;
  /** Syncs on a full disk that said so (`storage_full`). */
  diskFullSeen: number;
  /** Times the attorney signed in again after the server had signed this laptop out. */
  signInsAgain: number;
  /** Crashes right after a pull page committed (pull-crash-fault.ts); the app restarts after each. */
  pullCrash: PullCrashSwitch;
}

export interface Credentials {
  email: string;
  password: string;
  /** Staff: the published demo TOTP secret of their second sign-in step. */
  totpSecret?: string | undefined;
}

export async function createSimClient(input: {
  name: string;
  attorney: AttorneyKey;
  credentials: Credentials;
  upstream: () => string | null;
  prng: Prng;
  faultRates?: FaultRates;
}): Promise<SimClient & { gate: { open: boolean } }> {
  const proxy = await new FaultProxy(
    input.upstream,
    input.prng.fork('network'),
    input.faultRates,
  ).listen();
  const gate = { open: false };
  const backoff = input.prng.fork('backoff');
  const checksumDifferences = new Map<string, string[]>();
  const pullCrash = new PullCrashSwitch(input.prng.fork('pullCrash'));
  let opened: Device | null = null;
  const fetchImpl = checksumTracingFetch(
    () => opened!.db,
    (caseId, differences) => checksumDifferences.set(caseId, differences),
  );
  const device = await createDevice(input.name, proxy.url, input.credentials, fetchImpl, {
    random: () => backoff.next(),
    // Background retries would race the simulation's steps; only its own syncs run.
    exclusive: (task) => (gate.open ? task() : Promise.resolve()),
    // Every run compares every case's checksum (the app: once a day).
    verifyEveryMs: 0,
    afterPageCommit: pullCrash.afterPageCommit,
  });
  opened = device;
  const { userId } = await readSyncState(device.db);
  // Half the laptops' second tab takes no refresh lock (an old version, a browser without Web
  // Locks): the server's answer to two copies of a refresh is what keeps it signed in then.
  const unlockedTab = input.prng.fork('tabs').chance(0.5);
  const secondTab = new SyncEngine({
    db: () => device.db,
    transportFor: transportForState(
      () => device.db,
      fetchImpl,
      unlockedTab ? { refreshLock: null } : {},
    ),
    appVersion: '0.1.0',
    random: () => backoff.next(),
    exclusive: (task) => (gate.open ? task() : Promise.resolve()),
    verifyEveryMs: 0,
  });
  return {
    name: input.name,
    attorney: input.attorney,
    userId: userId ?? '',
    device,
    secondTab,
    unlockedTab,
    proxy,
    prng: input.prng.fork('ops'),
    saved: new Map(),
    syncs: 0,
    failedSyncs: 0,
    refusedSaves: 0,
    damaged: new Set<string>(),
    checksumDifferences,
    backup: null,
    restores: 0,
    diskFullSeen: 0,
    signInsAgain: 0,
    pullCrash,
    gate,
  };
}

export type GatedClient = Awaited<ReturnType<typeof createSimClient>>;

/**
 * One sync run as the attorney's "sync now" would start it, on the laptop's clock; resolves when
 * it ended. A run that crashed after a pull page (pull-crash-fault.ts) starts the app again.
 */
export function syncOnce(client: GatedClient): Promise<void> {
  return onLaptopClock(client, async () => {
    client.gate.open = true;
    client.pullCrash.maybeArm(client.proxy.faultsEnabled);
    try {
      client.syncs += 1;
      await client.device.engine.syncNow();
      const phase = client.device.engine.status.get().phase;
      if (phase !== 'idle') client.failedSyncs += 1;
    } finally {
      client.gate.open = false;
      if (client.pullCrash.takeCrash()) client.device.restartEngine();
    }
  });
}

/** Records what `notesRepository.save`/`finalize` returned: the attorney saw it as saved. */
export function recordSaved(client: SimClient, revision: NoteRevision): void {
  const before = client.saved.get(revision.id);
  client.saved.set(revision.id, {
    revisionId: revision.id,
    noteId: revision.noteId,
    caseId: revision.caseId,
    body: revision.body,
    state: revision.state,
    client: client.name,
    earlierBodies: before ? [...before.earlierBodies, before.body] : [],
  });
}

/** Both windows sync at once, as two tabs without a cross-tab lock would. */
export function syncTwoTabs(client: GatedClient): Promise<void> {
  return onLaptopClock(client, async () => {
    client.gate.open = true;
    client.pullCrash.maybeArm(client.proxy.faultsEnabled);
    try {
      client.syncs += 2;
      await Promise.all([client.device.engine.syncNow(), client.secondTab.syncNow()]);
      for (const engine of [client.device.engine, client.secondTab])
        if (engine.status.get().phase !== 'idle') client.failedSyncs += 1;
    } finally {
      client.gate.open = false;
      if (client.pullCrash.takeCrash()) client.device.restartEngine();
    }
  });
}

export async function closeSimClient(client: SimClient): Promise<void> {
  await client.secondTab.pauseAfterCurrentBatch();
  await client.device.engine.pauseAfterCurrentBatch();
  client.device.db.close();
  await client.proxy.close();
}
