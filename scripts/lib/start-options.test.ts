import { describe, expect, it } from 'vitest';
import { parseStartOptions } from './start-options';

describe('parseStartOptions', () => {
  it('defaults to the embedded server and automatic mode', () => {
    const options = parseStartOptions([]);
    expect(options).toMatchObject({
      forceWeb: false,
      startServer: true,
      serverUrl: null,
      webPort: 5180,
      serverPort: 8787,
      dataDir: '.data/server',
      seedDemo: true,
      signInRateLimit: null,
    });
    expect(parseStartOptions(['--sign-in-rate-limit', '200']).signInRateLimit).toBe(200);
  });

  it('points at a remote server without starting the embedded one', () => {
    const options = parseStartOptions(['--no-server', '--server-url', 'https://sync.example.org']);
    expect(options.startServer).toBe(false);
    expect(options.serverUrl).toBe('https://sync.example.org');
  });

  it('refuses --no-server without a server URL, bad ports and unknown flags', () => {
    expect(() => parseStartOptions(['--no-server'])).toThrow(/--server-url/);
    expect(() => parseStartOptions(['--port', 'abc'])).toThrow(/port/);
    expect(() => parseStartOptions(['--server-url', 'not a url'])).toThrow();
    expect(() => parseStartOptions(['--bogus'])).toThrow();
    expect(() => parseStartOptions(['--sign-in-rate-limit', '0'])).toThrow(/positive/);
  });
});
