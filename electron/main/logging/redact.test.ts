import { describe, expect, it } from 'vitest';
import { redactFields, redactText, redactValue } from './redact';

describe('redaction', () => {
  it.each([
    ['A-number', 'lookup A123456789 failed', 'lookup [number] failed'],
    ['dashed A-number', 'A-123-456-789', '[number]'],
    ['spaced A-number', 'a 123 456 789', '[number]'],
    ['eight digits', 'A12345678', '[number]'],
    ['email', 'sent to ana.prueba@example.org', 'sent to [email]'],
    ['long token', 'Bearer eyJhbGciOiJIUzI1NiJ9abcdefghijklmnop', 'Bearer [token]'],
    [
      'query string',
      'GET https://sync.example.org/v1/pull?cursor=abc&name=Ana',
      'GET https://sync.example.org/v1/pull?[query]',
    ],
  ])('scrubs %s', (_label, input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it('replaces the home directory (it names the OS account)', () => {
    expect(redactText('/home/ana/.config/Amparo/logs', { homeDir: '/home/ana' })).toBe(
      '~/.config/Amparo/logs',
    );
  });

  it('truncates long strings', () => {
    expect(redactText('x '.repeat(500)).length).toBeLessThanOrEqual(301);
  });

  it('drops values of sensitive keys whatever they hold', () => {
    const out = redactFields({
      clientName: 'Canary Testperson',
      aNumber: '123',
      note: 'fled after threats',
      passphrase: 'hunter2',
      deviceSecret: 'AAAA',
      channel: 'shell:open-external',
      status: 400,
    });
    expect(out).toEqual({
      clientName: '[redacted]',
      aNumber: '[redacted]',
      note: '[redacted]',
      passphrase: '[redacted]',
      deviceSecret: '[redacted]',
      channel: 'shell:open-external',
      status: 400,
    });
  });

  it('keeps only name, code and scrubbed message of errors', () => {
    const error = Object.assign(new Error('no such file /home/ana/A123456789.pdf'), {
      code: 'ENOENT',
      path: '/home/ana/A123456789.pdf',
    });
    expect(redactValue(error, { homeDir: '/home/ana' })).toEqual({
      name: 'Error',
      code: 'ENOENT',
      message: 'no such file ~/[number].pdf',
    });
  });

  it('bounds depth and size, and refuses class instances', () => {
    const deep = { a: { b: { c: { d: { e: 1 } } } } };
    expect(JSON.stringify(redactValue(deep))).toContain('[depth]');
    expect((redactValue(Array.from({ length: 100 }, (_, i) => i)) as unknown[]).length).toBe(20);
    expect(redactValue(new Map([['name', 'Ana']]))).toBe('[unloggable]');
    expect(redactValue(Buffer.from('Canary'))).toBe('[unloggable]');
  });
});
