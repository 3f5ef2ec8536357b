import { describe, expect, it } from 'vitest';
import { ConfigError, parseAppConfig } from './app-config';

describe('parseAppConfig', () => {
  it('has safe defaults without any AMPARO_ variable', () => {
    expect(parseAppConfig({ PATH: '/usr/bin', HOME: '/home/x' })).toEqual({
      serverUrl: null,
      connectOrigins: [],
      userDataDir: null,
      logLevel: 'info',
      lockGraceMs: 3000,
      flushTimeoutMs: 5000,
      idleLockSeconds: 600,
      idlePollMs: 15000,
    });
  });

  it('reads the embedded server URL and derives the CSP origin', () => {
    const config = parseAppConfig({ AMPARO_SERVER_URL: 'http://127.0.0.1:8787/' });
    expect(config.serverUrl).toBe('http://127.0.0.1:8787');
    expect(config.connectOrigins).toEqual(['http://127.0.0.1:8787']);
    const remote = parseAppConfig({ AMPARO_SERVER_URL: 'https://sync.mscenterforjustice.org/api' });
    expect(remote.serverUrl).toBe('https://sync.mscenterforjustice.org/api');
    expect(remote.connectOrigins).toEqual(['https://sync.mscenterforjustice.org']);
  });

  it.each([
    'http://sync.example.org',
    'http://192.168.1.10:8787',
    'https://user:pw@sync.example.org',
    'https://sync.example.org/?token=x',
    'ftp://127.0.0.1',
    'javascript:alert(1)',
    'not a url',
  ])('refuses AMPARO_SERVER_URL=%s', (value) => {
    expect(() => parseAppConfig({ AMPARO_SERVER_URL: value })).toThrow(ConfigError);
  });

  it('accepts an absolute user-data folder and a log level', () => {
    const config = parseAppConfig({
      AMPARO_USER_DATA_DIR: '/tmp/amparo-e2e',
      AMPARO_LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({ userDataDir: '/tmp/amparo-e2e', logLevel: 'debug' });
  });

  it('names the bad keys but never echoes their values', () => {
    try {
      parseAppConfig({ AMPARO_USER_DATA_DIR: 'relative/ana-prueba', AMPARO_LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).invalidKeys).toEqual([
        'AMPARO_USER_DATA_DIR',
        'AMPARO_LOG_LEVEL',
      ]);
      expect((error as Error).message).not.toContain('ana-prueba');
    }
  });

  it('treats empty variables as unset and is frozen', () => {
    const config = parseAppConfig({ AMPARO_SERVER_URL: '' });
    expect(config.serverUrl).toBeNull();
    expect(Object.isFrozen(config)).toBe(true);
  });
});
