import { describe, expect, it } from 'vitest';
import { createConfig } from '../../app/app-config';
import { allowedReturn } from './oidc-flow';

// Where the server may send a browser with a one-time code (issue 20 #2): the console under this
// server's /console/, the laptop's loopback listener (desktop) or an allowed web origin (web mode),
// including a web renderer served from 127.0.0.1 itself (the demo, the end-to-end tests).
const config = createConfig({
  publicUrl: 'https://sync.example.org',
  allowedOrigins: ['app://amparo', 'http://127.0.0.1:4216', 'https://laptop.example.org'],
});

describe('allowedReturn', () => {
  it.each([
    ['laptop', 'http://127.0.0.1:53124/oidc/callback', true],
    ['laptop', 'http://127.0.0.1:53124/other', false],
    ['laptop', 'http://127.0.0.1:4216/', true],
    ['laptop', 'http://127.0.0.1:4216/index.html', true],
    ['laptop', 'http://127.0.0.1:4217/', false],
    ['laptop', 'http://127.0.0.1:4216/#/sync', false],
    ['laptop', 'http://user@127.0.0.1:4216/', false],
    ['laptop', 'https://laptop.example.org/', true],
    ['laptop', 'https://sync.example.org/', true],
    ['laptop', 'https://evil.example/', false],
    ['laptop', 'app://amparo/', false],
    ['laptop', 'javascript:alert(1)', false],
    ['console', 'https://sync.example.org/console/', true],
    ['console', 'http://127.0.0.1:4216/', false],
    ['console', 'http://127.0.0.1:53124/oidc/callback', false],
    ['console', 'https://laptop.example.org/console/', false],
  ] as const)('%s → %s: %s', (client, returnTo, allowed) => {
    expect(allowedReturn(config, client, returnTo)).toBe(allowed);
  });
});
