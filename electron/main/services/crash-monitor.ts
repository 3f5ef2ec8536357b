import { app } from 'electron';
import { createLogger } from '../logging/logger';

const log = createLogger('crash');

/**
 * Amparo does not start Electron's `crashReporter`: a Crashpad minidump is a copy of process
 * memory, which for us means decrypted case files written to disk in the clear. Instead, a crashed
 * or killed process is logged with its kind, reason and exit code only, which is enough to see
 * that something is wrong and when.
 */
export function monitorProcessCrashes(): void {
  app.on('render-process-gone', (_event, _contents, details) => {
    log.error('process.renderer_gone', { reason: details.reason, exitCode: details.exitCode });
  });
  app.on('child-process-gone', (_event, details) => {
    log.error('process.child_gone', {
      kind: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
    });
  });
}
