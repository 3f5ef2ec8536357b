import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, isConnectableOrigin } from './content-security-policy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split('; ').map((part) => {
      const [name = '', ...values] = part.split(' ');
      return [name, values.join(' ')];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  it('is strict and names the sync server as the only remote destination', () => {
    const policy = directives(buildContentSecurityPolicy(['http://127.0.0.1:8787']));
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': "'none'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self' http://127.0.0.1:8787",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows inline or eval script, or remote scripts', () => {
    const policy = buildContentSecurityPolicy(['https://sync.mscenterforjustice.org']);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(directives(policy).get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
  });

  it('connects only to itself when no server is configured', () => {
    expect(directives(buildContentSecurityPolicy([])).get('connect-src')).toBe("'self'");
  });

  it.each([
    'https://sync.example.org/path',
    'https://sync.example.org; script-src *',
    "'unsafe-inline'",
    '*',
    'ws://127.0.0.1:8787',
    'https://user@sync.example.org',
    'javascript:alert(1)',
  ])('refuses to put %s into connect-src', (origin) => {
    expect(isConnectableOrigin(origin)).toBe(false);
    expect(() => buildContentSecurityPolicy([origin])).toThrow();
  });
});
