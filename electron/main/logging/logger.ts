import { redactFields, type RedactOptions } from './redact';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

type Sink = (line: string) => void;

const state: {
  sinks: Sink[];
  buffer: string[];
  minLevel: LogLevel;
  redact: RedactOptions;
  now: () => Date;
} = { sinks: [], buffer: [], minLevel: 'info', redact: {}, now: () => new Date() };

const maxBuffered = 500;

/**
 * Sets where log lines go. Lines logged before this call are kept in memory and flushed here, so
 * modules can log from their first line.
 */
export function configureLogging(options: {
  sinks: Sink[];
  minLevel: LogLevel;
  redact?: RedactOptions;
  now?: () => Date;
}): void {
  state.sinks = options.sinks;
  state.minLevel = options.minLevel;
  state.redact = options.redact ?? {};
  state.now = options.now ?? (() => new Date());
  const pending = state.buffer.splice(0);
  for (const line of pending) writeLine(line);
}

export function resetLoggingForTests(): void {
  state.sinks = [];
  state.buffer = [];
  state.minLevel = 'info';
  state.redact = {};
  state.now = () => new Date();
}

function writeLine(line: string): void {
  for (const sink of state.sinks) {
    try {
      sink(line);
    } catch {
      // A full disk must not take the app down; the line is lost.
    }
  }
}

function log(scope: string, level: LogLevel, event: string, fields?: Record<string, unknown>) {
  if (logLevels.indexOf(level) < logLevels.indexOf(state.minLevel)) return;
  const entry = {
    time: state.now().toISOString(),
    level,
    scope,
    event: event.slice(0, 100),
    ...(fields ? { fields: redactFields(fields, state.redact) } : {}),
  };
  const line = JSON.stringify(entry);
  if (state.sinks.length === 0) {
    if (state.buffer.length < maxBuffered) state.buffer.push(line);
    return;
  }
  writeLine(line);
}

/** A named logger: `createLogger('ipc').warn('ipc.untrusted_sender', { channel })`. */
export function createLogger(scope: string): Logger {
  return {
    debug: (event, fields) => log(scope, 'debug', event, fields),
    info: (event, fields) => log(scope, 'info', event, fields),
    warn: (event, fields) => log(scope, 'warn', event, fields),
    error: (event, fields) => log(scope, 'error', event, fields),
  };
}
