import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './main-window-options';

const input = { preloadPath: '/app/out/preload/index.cjs', bounds: { width: 1280, height: 800 } };

describe('mainWindowOptions', () => {
  it('spells out every security preference', () => {
    const prefs = mainWindowOptions({ ...input, isDevToolsAllowed: false }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
  });

  it('allows DevTools only when asked (unpackaged builds)', () => {
    expect(mainWindowOptions({ ...input, isDevToolsAllowed: true }).webPreferences?.devTools).toBe(
      true,
    );
  });

  it('opens hidden (shown on ready-to-show) at the given bounds', () => {
    const options = mainWindowOptions({
      ...input,
      isDevToolsAllowed: false,
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
    });
    expect(options).toMatchObject({ show: false, x: 10, y: 20, width: 1000, height: 700 });
  });
});
