import { homeFolderPattern } from '../platform/platform-paths';

/**
 * Log lines must never carry client data. Values are scrubbed by key name and by pattern; anything
 * not a primitive, plain object, array or Error is dropped. Log events themselves are fixed strings.
 */
const sensitiveKey =
  /name|a_?number|alien|secret|token|password|passphrase|key|note|text|body|answer|narrative|email|phone|address|dob|birth|cookie|auth|payload|content|args/i;

const patterns: readonly [RegExp, string][] = [
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '[email]'],
  // A-numbers: A123456789, A-123-456-789, 123 456 789
  [/\bA?[-\s]?\d{3}[-\s]?\d{3}[-\s]?\d{2,3}\b/gi, '[number]'],
  [/\b\d{6,}\b/g, '[number]'],
  [/[A-Za-z0-9+/_-]{24,}={0,2}/g, '[token]'],
  [/\?[^\s#]*/g, '?[query]'],
];

const maxString = 300;
const maxDepth = 3;
const maxItems = 20;

export interface RedactOptions {
  /** Replaced by `~` so that the OS account name stays out of the log. */
  readonly homeDir?: string;
}

let lastHome: { dir: string; pattern: RegExp | null } | null = null;
/** Logging redacts with one home folder for the app's life: build its pattern once. */
function homePattern(dir: string): RegExp | null {
  if (lastHome?.dir !== dir) lastHome = { dir, pattern: homeFolderPattern(dir) };
  return lastHome.pattern;
}

export function redactText(value: string, options: RedactOptions = {}): string {
  let text = value.length > maxString ? `${value.slice(0, maxString)}…` : value;
  const home = options.homeDir ? homePattern(options.homeDir) : null;
  if (home) text = text.replace(home, '~');
  for (const [pattern, replacement] of patterns) text = text.replace(pattern, replacement);
  return text;
}

export function redactValue(value: unknown, options: RedactOptions = {}, depth = 0): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return redactText(value, options);
  if (typeof value === 'bigint') return value.toString();
  if (depth >= maxDepth) return '[depth]';
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      name: value.name,
      ...(typeof code === 'string' ? { code: redactText(code, options) } : {}),
      message: redactText(value.message, options),
    };
  }
  if (Array.isArray(value)) {
    return value.slice(0, maxItems).map((item) => redactValue(item, options, depth + 1));
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return redactFields(value as Record<string, unknown>, options, depth + 1);
  }
  return '[unloggable]';
}

export function redactFields(
  fields: Readonly<Record<string, unknown>>,
  options: RedactOptions = {},
  depth = 0,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields).slice(0, maxItems)) {
    const safeKey = redactText(key, options).slice(0, 60);
    out[safeKey] = sensitiveKey.test(key) ? '[redacted]' : redactValue(fields[key], options, depth);
  }
  return out;
}
