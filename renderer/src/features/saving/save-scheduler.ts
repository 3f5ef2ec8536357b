/**
 * How long after the last keystroke a save starts. Typing is committed within about 300 ms of the
 * last keystroke (this delay plus one encrypted write); see docs/saving.md.
 */
export const SAVE_DELAY_MS = 200;
/** During unbroken typing a save still starts at least this often. */
export const SAVE_MAX_WAIT_MS = 1_000;

/**
 * The one debounce every editor uses: `schedule` after each change, `flush` to save now. Saves run
 * one after another, never two at once, and a failing save never breaks the chain.
 */
export class SaveScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    /** Saves what waits; reads the latest values itself (it is called later). */
    public run: () => Promise<void>,
    private readonly delayMs = SAVE_DELAY_MS,
    private readonly maxWaitMs = SAVE_MAX_WAIT_MS,
  ) {}

  /** A change was made: save after the delay (or the maximum wait during unbroken typing). */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    this.deadline ??= setTimeout(() => void this.flush(), Math.max(this.maxWaitMs, this.delayMs));
  }

  /** Whether a save is waiting for its delay. */
  get isScheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Saves now (after any save already running); resolves once that save has finished. */
  flush(): Promise<void> {
    this.cancel();
    const run = () => this.run();
    this.chain = this.chain.then(run, run).catch(() => undefined);
    return this.chain;
  }

  /** Drops the waiting delay without saving (the caller saves another way). */
  cancel(): void {
    clearTimeout(this.timer);
    clearTimeout(this.deadline);
    this.timer = undefined;
    this.deadline = undefined;
  }
}
