import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from './web-bridge';

const config = (body: unknown, ok = true) =>
  vi.fn(async () => ({ ok, json: async () => body }) as Response);

afterEach(() => vi.restoreAllMocks());

describe('web bridge', () => {
  it('reads its version and server from config.json', async () => {
    const bridge = createWebBridge(config({ version: '0.9.0', embeddedServerUrl: null }));
    expect(bridge.mode).toBe('web');
    expect(await bridge.getAppInfo()).toMatchObject({ version: '0.9.0', mode: 'web' });
  });

  it('locks through the session listener, or reloads when nobody listens', async () => {
    const reload = vi.fn();
    const bridge = createWebBridge(config({}), { reload });
    await bridge.lockNow();
    expect(reload).toHaveBeenCalledTimes(1);
    const listener = vi.fn();
    const stop = bridge.onLockRequested(listener);
    await bridge.lockNow();
    expect(listener).toHaveBeenCalledWith({ reason: 'menu', requestId: expect.any(String) });
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks before opening an external link, in the page language, and opens nothing on Cancel', async () => {
    const open = vi.spyOn(globalThis, 'open').mockReturnValue({} as Window);
    const questions: string[] = [];
    let answer = false;
    const bridge = createWebBridge(config({}), {
      confirm: (message) => {
        questions.push(message);
        return answer;
      },
    });
    document.documentElement.lang = 'es';
    expect(await bridge.openExternal('https://www.uscis.gov/forms')).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(questions[0]).toContain('¿Abrir este enlace en su navegador web?');
    expect(questions[0]).toContain('https://www.uscis.gov/forms');
    answer = true;
    document.documentElement.lang = 'en';
    expect(await bridge.openExternal('https://www.uscis.gov/forms')).toBe(true);
    expect(questions[1]).toContain('Open this link in your web browser?');
    expect(open).toHaveBeenCalledWith(
      'https://www.uscis.gov/forms',
      '_blank',
      'noopener,noreferrer',
    );
    expect(await bridge.openExternal('http://example.org/')).toBe(false);
    expect(questions).toHaveLength(2);
  });

  it('prints with the browser dialog and reminds in the app', async () => {
    const print = vi.fn();
    const bridge = createWebBridge(config({}), { print });
    const outcome = await bridge.printDocument({
      document: 'case-summary',
      caseReference: 'MCJ-2026-0042',
      date: '2026-11-27',
    });
    expect(outcome).toBe('print-dialog');
    expect(print).toHaveBeenCalledTimes(1);
    expect(await bridge.scheduleReminders([])).toEqual({ delivery: 'in-app', scheduled: 0 });
    expect(await bridge.getUpdateStatus()).toEqual({ state: 'disabled', version: null });
    expect(await bridge.installUpdate({ unsyncedChanges: 0 })).toBe(false);
  });

  it('saves by downloading a Blob under the suggested name', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:amparo/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const bridge = createWebBridge(config({}));
    const bytes = new Uint8Array([66, 69, 71, 73, 78]);
    const saved = await bridge.saveFile({
      suggestedName: 'MCJ-2026-0042-hearings.ics',
      mimeType: 'text/calendar',
      bytes,
    });
    expect(saved).toBe(true);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('MCJ-2026-0042-hearings.ics');
    expect(clicked[0]!.href).toBe('blob:amparo/1');
    expect(clicked[0]!.isConnected).toBe(false);
    const blob = created.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/calendar');
    expect(blob.size).toBe(5);
  });
});
