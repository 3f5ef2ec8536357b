import { randomUUID } from 'node:crypto';
import type { WebContents } from 'electron';
import type { FlushReport } from '@core/ipc/security-schemas';

type FlushState = FlushReport['state'];

interface Expected {
  readonly contents: WebContents;
  readonly onReport: (state: FlushState) => void;
}

/** Request ids main has sent to a page and not yet closed, with what to do on its answer. */
const expected = new Map<string, Expected>();

export interface FlushExpectation {
  readonly requestId: string;
  /** Stops listening for this request's answer. */
  readonly close: () => void;
}

/** A new request id for `contents`; its `session:report-flush` answers reach `onReport`. */
export function expectFlushReport(
  contents: WebContents,
  onReport: (state: FlushState) => void,
): FlushExpectation {
  const requestId = randomUUID();
  expected.set(requestId, { contents, onReport });
  return { requestId, close: () => expected.delete(requestId) };
}

/**
 * `session:report-flush`, already parsed. An answer counts only from the page the request was sent
 * to: another window (or a stale id from before a reload) cannot release or hold this one.
 */
export function receiveFlushReport(sender: WebContents, report: FlushReport): boolean {
  const entry = expected.get(report.requestId);
  if (!entry || entry.contents !== sender) return false;
  entry.onReport(report.state);
  return true;
}

export type FlushDecision = 'proceed' | 'cancelled';

export interface HoldOptions {
  /** Sends the request to the page; false when it cannot be sent (the page is not ours or gone). */
  readonly send: (requestId: string) => boolean;
  /** Proceed anyway when the page has not answered by then (hung or still loading). */
  readonly timeoutMs: number;
  readonly onTimeout?: () => void;
}

const holding = new WeakMap<WebContents, (decision: FlushDecision) => void>();

/**
 * Holds a close until the page reports that everything is saved, or that the attorney chose to go
 * on anyway. `held` (saving failed, the attorney is deciding) stops the timeout: the window waits
 * for the attorney. A newer request for the same page replaces an older one (cancelled).
 */
export function holdUntilFlushed(
  contents: WebContents,
  options: HoldOptions,
): Promise<FlushDecision> {
  holding.get(contents)?.('cancelled');
  return new Promise<FlushDecision>((resolve) => {
    const clock: { timer?: ReturnType<typeof setTimeout> } = {};
    const finish = (decision: FlushDecision) => {
      clearTimeout(clock.timer);
      expectation.close();
      if (holding.get(contents) === finish) holding.delete(contents);
      resolve(decision);
    };
    const expectation = expectFlushReport(contents, (state) => {
      if (state === 'held') clearTimeout(clock.timer);
      else finish(state === 'cancelled' ? 'cancelled' : 'proceed');
    });
    holding.set(contents, finish);
    if (!options.send(expectation.requestId)) {
      finish('proceed');
      return;
    }
    clock.timer = setTimeout(() => {
      options.onTimeout?.();
      finish('proceed');
    }, options.timeoutMs);
  });
}
