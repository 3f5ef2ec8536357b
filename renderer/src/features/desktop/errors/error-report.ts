import type { ErrorReport } from '@core/ipc';

const maxFrames = 20;
const identifier = /^[A-Za-z_$][\w$]{0,59}$/;
const errorCode = /^[a-z][a-z0-9_.]{0,59}$/;
// `at fn (url:line:col)` or `at url:line:col` (V8's format, Chromium and Electron).
const frame = /^\s*at (?:(.+?) \()?(.+?):(\d{1,7}):(\d{1,7})\)?$/;
const functionName = /^[\w$.<>[\] -]{0,120}$/;

/** The last path segment of a script URL or path, without query or hash: `index-3f2a.js`. */
function fileName(location: string): string | null {
  const withoutQuery = location.split(/[?#]/)[0] ?? '';
  const base = withoutQuery.split(/[/\\]/).pop() ?? '';
  return /^[\w.-]{1,100}$/.test(base) ? base : null;
}

/**
 * Stack frames without the message. V8 starts a stack with `Name: message`, and a message may
 * quote client data over several lines, so the header is cut off by length, not by line.
 */
export function stackFrames(error: Error): string[] {
  const stack = typeof error.stack === 'string' ? error.stack : '';
  const header = error.message ? `${error.name}: ${error.message}` : error.name;
  const body = stack.startsWith(header) ? stack.slice(header.length) : '';
  const frames: string[] = [];
  for (const line of body.split('\n')) {
    const match = frame.exec(line);
    if (!match) continue;
    const file = fileName(match[2] ?? '');
    if (!file) continue;
    const fn = match[1] && functionName.test(match[1]) ? match[1] : '<anonymous>';
    frames.push(`${fn} (${file}:${match[3]}:${match[4]})`);
    if (frames.length >= maxFrames) break;
  }
  return frames;
}

/**
 * What may leave the page about an error: its class, an error code if it has one, and where in
 * our code it happened. Never `message`, never anything thrown that is not an Error.
 */
export function errorReportFrom(error: unknown, source: ErrorReport['source']): ErrorReport {
  if (!(error instanceof Error)) return { name: 'NonError', code: null, frames: [], source };
  const code = (error as { code?: unknown }).code;
  return {
    name: identifier.test(error.name) ? error.name : 'Error',
    code: typeof code === 'string' && errorCode.test(code) ? code : null,
    frames: stackFrames(error),
    source,
  };
}
