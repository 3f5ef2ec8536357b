import { describe, expect, it } from 'vitest';
import { AppError } from '@core/errors/app-error';
import { ErrorReportSchema } from '@core/ipc';
import { errorReportFrom } from './error-report';

function errorWith(message: string, frames: string[]): Error {
  const error = new TypeError(message);
  error.stack = [`TypeError: ${message}`, ...frames].join('\n');
  return error;
}

describe('error reports', () => {
  it('keeps the class and reduced frames, never the message', () => {
    const error = errorWith('Cannot read "Ana Prueba" of A012345678', [
      '    at renderCase (app://amparo/assets/index-3f2a.js:12:345)',
      '    at app://amparo/assets/index-3f2a.js?v=1:1:2',
      '    at Object.<anonymous> (/home/ana/amparo/out/main/index.js:3:4)',
    ]);
    const report = errorReportFrom(error, 'error');
    expect(report).toEqual({
      name: 'TypeError',
      code: null,
      frames: [
        'renderCase (index-3f2a.js:12:345)',
        '<anonymous> (index-3f2a.js:1:2)',
        'Object.<anonymous> (index.js:3:4)',
      ],
      source: 'error',
    });
    expect(ErrorReportSchema.safeParse(report).success).toBe(true);
    expect(JSON.stringify(report)).not.toMatch(/Ana|Prueba|012345678|home/);
  });

  it('cuts a multi-line message that imitates stack frames', () => {
    const error = errorWith('bad\n    at Ana Prueba (index.js:1:1)', [
      '    at real (index-3f2a.js:9:9)',
    ]);
    expect(errorReportFrom(error, 'error').frames).toEqual(['real (index-3f2a.js:9:9)']);
  });

  it('keeps AppError codes, and says nothing about thrown non-errors', () => {
    const report = errorReportFrom(
      new AppError('validation_failed', 'Ana Prueba'),
      'unhandledrejection',
    );
    expect(report).toMatchObject({ name: 'AppError', code: 'validation_failed' });
    expect(errorReportFrom('Ana Prueba', 'error')).toEqual({
      name: 'NonError',
      code: null,
      frames: [],
      source: 'error',
    });
    const odd = new Error('x');
    odd.name = 'Error for Ana';
    expect(errorReportFrom(odd, 'boundary').name).toBe('Error');
  });

  it('drops a stack it cannot align with the message', () => {
    const error = new Error('secret');
    error.stack = 'Something else entirely\n    at f (index.js:1:1)';
    expect(errorReportFrom(error, 'error').frames).toEqual([]);
  });
});
