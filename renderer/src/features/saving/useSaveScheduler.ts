import { useEffect, useMemo, useRef } from 'react';
import { useFlushRegistry } from './app-flush-registry';
import type { RescuedDraft } from '../../db/crypto/rescue-vault';
import type { UnsavedWork } from './flush-registry';
import { SaveScheduler, SAVE_DELAY_MS } from './save-scheduler';

export interface SaveSchedulerOptions {
  /** Saves what waits. The latest function is used, so it may close over current props. */
  run: () => Promise<void>;
  /** What is not committed (waiting or failed), or null. */
  unsaved: () => UnsavedWork | null;
  /** The same, as the drafts the editor restores when it opens (sealed if the page goes away). */
  rescue?: () => readonly RescuedDraft[];
  delayMs?: number;
  /**
   * What the editor edits (a note id, a form id). A new identity gets a new scheduler; the old one
   * saves what it had with its own last `run`, so typing never lands in the wrong record.
   */
  identity: string;
}

/**
 * An editor's saving, registered app-wide: debounced, flushed by lock, sign-out and window close,
 * and flushed when the editor leaves the screen.
 */
export function useSaveScheduler(options: SaveSchedulerOptions): SaveScheduler {
  const { run, unsaved, rescue, identity, delayMs = SAVE_DELAY_MS } = options;
  const registry = useFlushRegistry();
  const scheduler = useMemo(
    () => new SaveScheduler(run, delayMs),
    // A scheduler per identity and delay; `run` is refreshed below on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [identity, delayMs],
  );
  scheduler.run = run;
  const describe = useRef(unsaved);
  describe.current = unsaved;
  const rescueRef = useRef(rescue);
  rescueRef.current = rescue;
  useEffect(() => {
    const registration = registry.register({
      flush: () => scheduler.flush(),
      unsaved: () => describe.current(),
      rescue: () => rescueRef.current?.() ?? [],
    });
    return () => void registration.retire();
  }, [describe, registry, rescueRef, scheduler]);
  return scheduler;
}
