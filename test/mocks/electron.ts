/**
 * One full fake of the `electron` module for main-process and preload unit tests (the real package
 * throws without its binary). Use it with
 * `vi.mock('electron', () => import('<relative path>/test/mocks/electron'))` and call
 * `resetElectronMock()` in `beforeEach`. Test helpers (`fake`, `FakeWebContents`, `FakeFrame`, …) are
 * exported next to the Electron names.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeFrame {
  parent: FakeFrame | null = null;
  constructor(
    public url = 'app://amparo/',
    public origin = 'app://amparo',
    public processId = 1,
    public routingId = 1,
  ) {}
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  mainFrame = new FakeFrame();
  url = 'app://amparo/';
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  /** Bytes of a fake PDF; tests can replace the implementation. */
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) =>
    Buffer.from('%PDF-1.7 fake'),
  );
  readonly setWindowOpenHandler = vi.fn(
    (handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
      this.windowOpenHandler = handler;
    },
  );
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type Bounds = { x: number; y: number; width: number; height: number };

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.all.find((w) => w.webContents === contents && !w.destroyed) ?? null;
  }
  static focused: BrowserWindow | null = null;
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused && !BrowserWindow.focused.destroyed ? BrowserWindow.focused : null;
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  bounds: Bounds;
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  readonly loadFile = vi.fn(async () => {
    throw new Error('Amparo never loads file:// pages');
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.bounds = {
      x: (options['x'] as number | undefined) ?? 0,
      y: (options['y'] as number | undefined) ?? 0,
      width: (options['width'] as number | undefined) ?? 800,
      height: (options['height'] as number | undefined) ?? 600,
    };
    BrowserWindow.all.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isFocused(): boolean {
    return BrowserWindow.focused === this;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  /** As Electron: `close` listeners may call `preventDefault()`; otherwise the window goes. */
  readonly close = vi.fn(() => {
    if (this.destroyed) return;
    let isPrevented = false;
    this.emit('close', {
      preventDefault: () => {
        isPrevented = true;
      },
    });
    if (!isPrevented) this.destroy();
  });
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>([['userData', '/tmp/amparo-fake-user-data']]);
  readonly getVersion = vi.fn(() => '0.1.0-test');
  readonly getLocale = vi.fn(() => 'en-US');
  readonly getName = vi.fn(() => 'Amparo');
  readonly getAppPath = vi.fn(() => '/tmp/amparo-fake-app');
  readonly getPath = vi.fn((name: string) => this.paths.get(name) ?? `/tmp/amparo-fake-${name}`);
  readonly setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  readonly enableSandbox = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly isReady = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
}

export const app = new FakeApp();

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, IpcHandler>();
  readonly handle = vi.fn((channel: string, handler: IpcHandler) => {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  /** Calls the registered handler as `ipcRenderer.invoke` would. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({
    ok: true,
    value: null,
  }));
  readonly send = vi.fn();
  readonly sendSync = vi.fn();
}

export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response> | Response;

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    protocol.privileged.push(...schemes);
  }),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    protocol.handlers.set(scheme, handler);
  }),
};

class FakeSession extends EventEmitter {
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
  readonly setDevicePermissionHandler = vi.fn();
  readonly setDisplayMediaRequestHandler = vi.fn();
}

export const session = { defaultSession: new FakeSession() };

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

/** Fake OS encryption: reversible and visibly different from the plaintext. */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptString: vi.fn((plain: string) => {
    if (!safeStorage.available) throw new Error('Encryption is not available.');
    return Buffer.from(`v11:${Buffer.from(plain, 'utf8').toString('hex')}`, 'utf8');
  }),
  decryptString: vi.fn((encrypted: Buffer) => {
    const text = encrypted.toString('utf8');
    if (!safeStorage.available || !text.startsWith('v11:')) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
    return Buffer.from(text.slice(4), 'hex').toString('utf8');
  }),
};

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  readonly getSystemIdleTime = vi.fn(() => this.idleSeconds);
}

export const powerMonitor = new FakePowerMonitor();

type WorkArea = { x: number; y: number; width: number; height: number };

export const screen = {
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }] as WorkArea[],
  getAllDisplays: vi.fn(() => screen.workAreas.map((workArea, id) => ({ id, workArea }))),
};

export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  /** Cancelled unless a test sets a path: `dialog.showSaveDialog.mockResolvedValueOnce(...)`. */
  showSaveDialog: vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> => ({
      canceled: true,
      filePath: '',
    }),
  ),
};

type MenuItemOptions = Record<string, unknown> & { submenu?: MenuItemOptions[] };

export class Menu {
  static current: Menu | null = null;
  static readonly buildFromTemplate = vi.fn((template: MenuItemOptions[]) => new Menu(template));
  static readonly setApplicationMenu = vi.fn((menu: Menu | null) => {
    Menu.current = menu;
  });
  constructor(readonly template: MenuItemOptions[]) {}
}

export class Notification extends EventEmitter {
  static supported = true;
  static readonly shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  readonly show = vi.fn(() => {
    Notification.shown.push(this);
  });
  readonly close = vi.fn(() => {
    this.emit('close');
  });
  constructor(readonly options: { title: string; body: string; silent?: boolean; icon?: string }) {
    super();
  }
}

/** Present so tests can assert that Amparo never starts it (minidumps hold decrypted case data). */
export const crashReporter = { start: vi.fn() };

/** Puts every fake back to its initial state. */
export function resetElectronMock(): void {
  // Reset, not clear: `mockReturnValue` set by one test must not leak into the next.
  vi.resetAllMocks();
  BrowserWindow.all.length = 0;
  BrowserWindow.focused = null;
  Menu.current = null;
  Notification.supported = true;
  Notification.shown.length = 0;
  app.removeAllListeners();
  app.isPackaged = false;
  app.paths.clear();
  app.paths.set('userData', '/tmp/amparo-fake-user-data');
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  session.defaultSession.removeAllListeners();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  powerMonitor.removeAllListeners();
  powerMonitor.idleSeconds = 0;
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }];
}
