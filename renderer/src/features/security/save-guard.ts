import type { FlushRegistry, UnsavedWork } from '../saving/flush-registry';

/** What waits for the attorney because saving failed first. */
export type HeldPurpose = 'lock' | 'close' | 'signOut';

export interface HeldAction {
  readonly purpose: HeldPurpose;
  readonly unsaved: readonly UnsavedWork[];
}

export type GuardOutcome = 'done' | 'held';

interface Pending {
  readonly action: HeldAction;
  readonly retry: () => Promise<GuardOutcome>;
  readonly proceed: () => Promise<void>;
  readonly cancel: () => void;
}

/**
 * Runs an action that would lose unsaved typing (lock, window close, sign-out) only after every
 * editor's work is committed. When saving fails, nothing happens silently: the action is held, the
 * screen shows what is unsaved, and it runs only when the attorney chooses.
 */
export class SaveGuard {
  private pending: Pending | null = null;
  private readonly listeners = new Set<(held: HeldAction | null) => void>();

  constructor(private readonly saves: FlushRegistry) {}

  get held(): HeldAction | null {
    return this.pending?.action ?? null;
  }

  /**
   * Saves everything, then `proceed(false)`. If saving failed: holds, and later runs
   * `proceed(true)` (the attorney chose to go on without the unsaved work) or `cancel`.
   */
  async saveThen(
    purpose: HeldPurpose,
    proceed: (discarded: boolean) => Promise<void>,
    cancel: () => void = () => undefined,
  ): Promise<GuardOutcome> {
    const saved = await this.saves.flushAll();
    if (saved.ok) {
      if (this.pending?.action.purpose === purpose) this.set(null);
      await proceed(false);
      return 'done';
    }
    const previous = this.pending;
    this.set({
      action: { purpose, unsaved: saved.unsaved },
      retry: () => this.saveThen(purpose, proceed, cancel),
      proceed: () => proceed(true),
      cancel,
    });
    if (previous && previous.action.purpose !== purpose) previous.cancel();
    return 'held';
  }

  retry(): Promise<GuardOutcome> {
    return this.pending?.retry() ?? Promise.resolve('done');
  }

  /** Go on without the unsaved work. */
  async proceedAnyway(): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    this.set(null);
    await pending.proceed();
  }

  keepWorking(): void {
    const pending = this.pending;
    this.set(null);
    pending?.cancel();
  }

  onChange(listener: (held: HeldAction | null) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private set(pending: Pending | null): void {
    if (pending === null && this.pending === null) return;
    this.pending = pending;
    for (const listener of [...this.listeners]) listener(this.held);
  }
}
