import { createLogger } from '../logging/logger';
import type { IpcHandler } from './handle';

const log = createLogger('renderer');

/**
 * `log:report-error`: a renderer error reaches the main log as its class name, code and reduced
 * stack frames (the schema refuses anything else). At most `perMinute` a minute, so a render loop
 * cannot fill the disk.
 */
export function createReportErrorHandler(
  options: { perMinute?: number; now?: () => number } = {},
): IpcHandler<'log:report-error'> {
  const perMinute = options.perMinute ?? 30;
  const now = options.now ?? Date.now;
  let windowStart = 0;
  let count = 0;
  return ({ name, code, frames, source }) => {
    const time = now();
    if (time - windowStart >= 60_000) {
      windowStart = time;
      count = 0;
    }
    count += 1;
    if (count > perMinute) return { logged: false };
    log.error('renderer.error', { kind: name, code, source, trace: frames });
    return { logged: true };
  };
}
