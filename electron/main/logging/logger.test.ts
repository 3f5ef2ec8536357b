import { beforeEach, describe, expect, it } from 'vitest';
import { configureLogging, createLogger, resetLoggingForTests } from './logger';

beforeEach(() => resetLoggingForTests());

const at = new Date('2026-01-02T03:04:05.000Z');

describe('logger', () => {
  it('writes one redacted JSON line per entry', () => {
    const lines: string[] = [];
    configureLogging({ sinks: [(line) => lines.push(line)], minLevel: 'info', now: () => at });
    createLogger('ipc').warn('ipc.invalid_payload', { channel: 'app:get-info', clientName: 'Ana' });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        time: '2026-01-02T03:04:05.000Z',
        level: 'warn',
        scope: 'ipc',
        event: 'ipc.invalid_payload',
        fields: { channel: 'app:get-info', clientName: '[redacted]' },
      },
    ]);
  });

  it('drops entries below the configured level', () => {
    const lines: string[] = [];
    configureLogging({ sinks: [(line) => lines.push(line)], minLevel: 'warn' });
    const log = createLogger('x');
    log.debug('a');
    log.info('b');
    log.error('c');
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(['c']);
  });

  it('keeps early lines until a sink exists', () => {
    createLogger('boot').info('boot.started');
    const lines: string[] = [];
    configureLogging({ sinks: [(line) => lines.push(line)], minLevel: 'info' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).event).toBe('boot.started');
  });

  it('survives a failing sink', () => {
    const lines: string[] = [];
    configureLogging({
      sinks: [
        () => {
          throw new Error('disk full');
        },
        (line) => lines.push(line),
      ],
      minLevel: 'info',
    });
    expect(() => createLogger('x').error('x.failed')).not.toThrow();
    expect(lines).toHaveLength(1);
  });
});
