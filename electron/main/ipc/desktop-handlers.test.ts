import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuState } from '@core/ipc/menu-schemas';
import { MAX_SAVE_BYTES } from '@core/ipc/file-schemas';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  resetElectronMock,
} from '../../../test/mocks/electron';
import { configureLogging, resetLoggingForTests } from '../logging/logger';
import { createDeviceSecretStore } from '../services/device-secret-store';
import { forgetAppWindowsForTests, trackAppWindow } from '../windows/window-registry';
import { whenRendererReady } from '../windows/renderer-ready';
import { registerIpcHandlers, type IpcDependencies } from './register-ipc-handlers';

vi.mock('electron', () => import('../../../test/mocks/electron'));

let window: BrowserWindow;
let dir: string;
let lines: string[];
let menuState: MenuState;
let deps: IpcDependencies;
const call = (channel: string, payload: unknown = {}) =>
  ipcMain.invoke(
    channel,
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    payload,
  );

beforeEach(async () => {
  resetElectronMock();
  forgetAppWindowsForTests();
  window = new BrowserWindow();
  trackAppWindow(window as never);
  dir = await mkdtemp(join(tmpdir(), 'amparo-desktop-ipc-'));
  app.paths.set('documents', dir);
  lines = [];
  configureLogging({ sinks: [(line) => lines.push(line)], minLevel: 'debug' });
  menuState = { language: 'en', hasOpenCase: false };
  deps = {
    serverUrl: null,
    deviceSecretStore: createDeviceSecretStore({
      filePath: join(dir, 'secret.json'),
      cipher: {
        isAvailable: () => false,
        backend: () => 'unknown',
        encrypt: Buffer.from,
        decrypt: String,
      },
    }),
    lockGraceMs: 3000,
    menu: {
      update: vi.fn((state: MenuState) => {
        menuState = state;
      }),
      state: () => menuState,
    },
    reminders: { schedule: vi.fn(() => 2), tick: vi.fn(), start: vi.fn(() => () => {}) },
    notificationsSupported: () => true,
    updates: {
      status: vi.fn(() => ({ state: 'ready' as const, version: '1.2.3' })),
      check: vi.fn(async () => {}),
      install: vi.fn(() => true),
    },
  };
  registerIpcHandlers(deps);
});

afterEach(async () => {
  resetLoggingForTests();
  await rm(dir, { recursive: true, force: true });
});

describe('print:save-pdf', () => {
  const request = { document: 'case-summary', caseReference: 'MCJ-2026-0042', date: '2026-11-27' };

  it('prints the print view to a Letter PDF with a confidential header and saves it where chosen', async () => {
    window.webContents.url = 'app://amparo/#/print/cases/0b6f3c1e/summary';
    const target = join(dir, 'chosen.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await call('print:save-pdf', request)).toEqual({ ok: true, value: { saved: true } });

    const options = window.webContents.printToPDF.mock.calls[0]![0];
    expect(options).toMatchObject({
      pageSize: 'Letter',
      displayHeaderFooter: true,
      printBackground: true,
    });
    expect(options['headerTemplate']).toContain('CONFIDENTIAL');
    expect(options['footerTemplate']).toContain('<span class="pageNumber"></span>');
    const [parent, dialogOptions] = dialog.showSaveDialog.mock.calls[0]! as [
      unknown,
      Record<string, unknown>,
    ];
    expect(parent).toBe(window);
    expect(dialogOptions['defaultPath']).toBe(
      join(dir, 'MCJ-2026-0042-case-summary-2026-11-27.pdf'),
    );
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(lines.join('\n')).not.toContain(target);
  });

  it('writes nothing when the attorney cancels', async () => {
    window.webContents.url = 'app://amparo/#/print/cases/x/interviews/y';
    expect(await call('print:save-pdf', { ...request, document: 'interview' })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('uses the UI language for the header and dialog', async () => {
    window.webContents.url = 'app://amparo/#/print/cases/x/summary';
    menuState = { language: 'es', hasOpenCase: true };
    await call('print:save-pdf', request);
    expect(window.webContents.printToPDF.mock.calls[0]![0]['headerTemplate']).toContain(
      'CONFIDENCIAL',
    );
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ title: 'Guardar como PDF' });
  });

  it('prints only print views, and refuses names in place of a case reference', async () => {
    window.webContents.url = 'app://amparo/#/cases/x/file/identity';
    expect(await call('print:save-pdf', request)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    window.webContents.url = 'app://amparo/#/print/cases/x/summary';
    expect(await call('print:save-pdf', { ...request, caseReference: 'Ana Prueba' })).toMatchObject(
      {
        ok: false,
        error: { code: 'ipc_invalid_payload' },
      },
    );
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
  });
});

describe('files:save', () => {
  const request = {
    suggestedName: 'MCJ-2026-0042-hearings.ics',
    mimeType: 'text/calendar',
    bytes: new Uint8Array([66, 69, 71, 73, 78]),
  };

  it('saves the bytes where the attorney chooses, starting in Documents', async () => {
    const target = join(dir, 'out.ics');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await call('files:save', request)).toEqual({ ok: true, value: { saved: true } });
    expect(await readFile(target, 'utf8')).toBe('BEGIN');
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: join(dir, 'MCJ-2026-0042-hearings.ics'),
      filters: [{ name: 'ICS', extensions: ['ics'] }],
    });
  });

  it('reports a cancelled dialog as not saved', async () => {
    expect(await call('files:save', request)).toEqual({ ok: true, value: { saved: false } });
  });

  it('refuses paths, client-name-looking names and oversized files before any dialog', async () => {
    for (const bad of [
      { ...request, suggestedName: '../../.bashrc' },
      { ...request, suggestedName: 'Ana Prueba.docx' },
      { ...request, bytes: 'QkVHSU4=' },
      { ...request, bytes: new Uint8Array(MAX_SAVE_BYTES + 1) },
    ]) {
      expect(await call('files:save', bad)).toMatchObject({
        ok: false,
        error: { code: 'ipc_invalid_payload' },
      });
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('log:report-error', () => {
  const report = {
    name: 'TypeError',
    code: null,
    frames: ['render (index-abc.js:1:2)'],
    source: 'error',
  };

  it('logs the error kind and frames, never a message', async () => {
    expect(await call('log:report-error', report)).toEqual({ ok: true, value: { logged: true } });
    const entry = JSON.parse(lines.find((l) => l.includes('renderer.error'))!);
    expect(entry.fields).toEqual({
      kind: 'TypeError',
      code: null,
      source: 'error',
      trace: ['render (index-abc.js:1:2)'],
    });
    expect(await call('log:report-error', { ...report, message: 'Ana Prueba' })).toMatchObject({
      ok: false,
    });
    expect(lines.join('\n')).not.toContain('Ana Prueba');
  });

  it('stops logging after 30 reports a minute', async () => {
    const results = [];
    for (let i = 0; i < 32; i += 1) results.push(await call('log:report-error', report));
    expect(results.filter((r) => JSON.stringify(r).includes('"logged":false'))).toHaveLength(2);
  });
});

describe('menu, lock, quit, reminders and updates', () => {
  it('menu:update-state updates the menu and marks the page ready for events', async () => {
    const task = vi.fn();
    whenRendererReady(window.webContents as never, task);
    expect(task).not.toHaveBeenCalled();
    expect(await call('menu:update-state', { language: 'es', hasOpenCase: true })).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(deps.menu.update).toHaveBeenCalledWith({ language: 'es', hasOpenCase: true });
    expect(task).toHaveBeenCalledTimes(1);
    expect(await call('menu:update-state', { language: 'de', hasOpenCase: true })).toMatchObject({
      ok: false,
    });
  });

  it('security:request-lock asks every window to lock; app:request-quit quits', async () => {
    await call('security:request-lock');
    expect(window.webContents.send).toHaveBeenCalledWith('security:lock-requested', {
      reason: 'menu',
      requestId: expect.any(String),
    });
    await call('app:request-quit');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('reminders:schedule hands the list to the scheduler', async () => {
    const caseId = '0b6f3c1e-7a3d-4b8e-9f2a-1c2d3e4f5a6b';
    const reminder = {
      id: 'a',
      caseId,
      caseReference: 'MCJ-2026-0042',
      kind: 'hearing',
      deadlineType: null,
      when: 'same-day',
      date: '2026-12-03',
      time: null,
      fireAt: '2026-12-03T14:00:00.000Z',
      expiresAt: '2026-12-04T06:00:00.000Z',
    };
    expect(await call('reminders:schedule', { reminders: [reminder] })).toEqual({
      ok: true,
      value: { scheduled: 2, notificationsSupported: true },
    });
    expect(deps.reminders.schedule).toHaveBeenCalledWith([reminder]);
  });

  it('updates: status and install go through the update service', async () => {
    expect(await call('updates:get-status')).toEqual({
      ok: true,
      value: { state: 'ready', version: '1.2.3' },
    });
    expect(await call('updates:install-update', { unsyncedChanges: 3 })).toEqual({
      ok: true,
      value: { installing: true },
    });
    expect(deps.updates.install).toHaveBeenCalledExactlyOnceWith({ unsyncedChanges: 3 });
  });

  it('updates: an install without the answer to "how many changes wait" is refused', async () => {
    for (const payload of [{}, { unsyncedChanges: -1 }, { unsyncedChanges: 1.5 }, { n: 0 }]) {
      expect(await call('updates:install-update', payload)).toMatchObject({ ok: false });
    }
    expect(deps.updates.install).not.toHaveBeenCalled();
  });
});
