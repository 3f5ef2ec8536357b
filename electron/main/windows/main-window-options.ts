import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowOptionsInput {
  readonly preloadPath: string;
  /** DevTools only in unpackaged builds: in the field they would show decrypted case data. */
  readonly isDevToolsAllowed: boolean;
  readonly bounds: { x?: number; y?: number; width: number; height: number };
  /** The window icon (assets/icons/window.png); none on macOS, which uses the bundle's. */
  readonly icon?: string | undefined;
}

export const minimumWindowSize = { width: 800, height: 600 } as const;

/** The one set of window options. Every security-relevant preference is spelled out, even defaults. */
export function mainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'Amparo',
    ...(input.icon ? { icon: input.icon } : {}),
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Spellcheck can download dictionaries and hands typed text to the OS; notes are confidential.
      spellcheck: false,
      devTools: input.isDevToolsAllowed,
      safeDialogs: true,
    },
  };
}
