import { beforeEach, describe, expect, it, vi } from 'vitest';
import { requestContract } from '@core/ipc/contract';
import { shell } from '../../../test/mocks/electron';
import { accepts, otherAddressesOfThisMachine } from '../../../test/support/loopback-reach';
import { signInThroughBrowser } from '../services/loopback-sign-in';
import { createOrganisationSignInHandler } from './organisation-sign-in-handler';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const request = {
  serverUrl: 'https://sync.example.org',
  state: 'state-of-the-renderer-0123456789',
  challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
};
const menuState = () => ({ language: 'en' as const, caseOpen: false }) as never;

/** The system browser: the server redirects it to the loopback address with these answers. */
function browserAnswering(...answers: Array<Record<string, string>>) {
  const pages: Array<{ status: number; text: string }> = [];
  const opened: URL[] = [];
  shell.openExternal.mockImplementation(async (url: string) => {
    const start = new URL(url);
    opened.push(start);
    const returnTo = start.searchParams.get('returnTo')!;
    void (async () => {
      for (const answer of answers) {
        const response = await fetch(`${returnTo}?${new URLSearchParams(answer)}`);
        pages.push({ status: response.status, text: await response.text() });
      }
    })();
  });
  return { pages, opened };
}

describe('sign-in with the organisation in desktop mode (RFC 8252 loopback)', () => {
  beforeEach(() => {
    shell.openExternal.mockReset();
  });

  it('opens the system browser at the server with a 127.0.0.1 return address and takes back the code', async () => {
    const browser = browserAnswering({
      state: request.state,
      code: 'amh_the-code-from-the-server',
    });
    const answer = await createOrganisationSignInHandler({ menuState })(request, {} as never);
    expect(answer).toEqual({ outcome: 'code', code: 'amh_the-code-from-the-server' });
    const start = browser.opened[0]!;
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(`${start.origin}${start.pathname}`).toBe('https://sync.example.org/v1/oidc/start');
    expect(start.searchParams.get('client')).toBe('laptop');
    expect(start.searchParams.get('state')).toBe(request.state);
    expect(start.searchParams.get('challenge')).toBe(request.challenge);
    // The verifier is not in anything main sends anywhere.
    const returnTo = new URL(start.searchParams.get('returnTo')!);
    expect(returnTo.hostname).toBe('127.0.0.1');
    expect(returnTo.pathname).toBe('/oidc/callback');
    await vi.waitFor(() => expect(browser.pages).toHaveLength(1));
    expect(browser.pages[0]!.text).toContain('You can go back to Amparo');
    // One answer only: the listener is closed.
    await expect(fetch(`${returnTo}?state=${request.state}&code=amh_again`)).rejects.toThrow();
  });

  it('ignores an answer with another state (another program on this machine) and waits for its own', async () => {
    const browser = browserAnswering(
      { state: 'someone-elses-state-000000', code: 'amh_planted-code-000000000' },
      { state: request.state, code: 'amh_the-right-code-0000000' },
    );
    const answer = await signInThroughBrowser(request, {
      openExternal: (url) => shell.openExternal(url),
      t: (key) => key,
    });
    expect(answer).toEqual({ outcome: 'code', code: 'amh_the-right-code-0000000' });
    await vi.waitFor(() => expect(browser.pages).toHaveLength(2));
    expect(browser.pages[0]!.status).toBe(400);
  });

  it("passes the server's refusal on (another tenant) and gives up after its time", async () => {
    browserAnswering({ state: request.state, error: 'tenant' });
    expect(
      await signInThroughBrowser(request, {
        openExternal: (url) => shell.openExternal(url),
        t: (k) => k,
      }),
    ).toEqual({ outcome: 'error', error: 'tenant' });
    browserAnswering();
    expect(
      await signInThroughBrowser(request, {
        openExternal: (url) => shell.openExternal(url),
        t: (k) => k,
        timeoutMs: 50,
      }),
    ).toEqual({ outcome: 'error', error: 'timeout' });
  });

  it('listens on 127.0.0.1 only, and closes after a refusal and after its time', async () => {
    const opened: URL[] = [];
    shell.openExternal.mockImplementation(async (url: string) => {
      opened.push(new URL(new URL(url).searchParams.get('returnTo')!));
    });
    const deps = { openExternal: (url: string) => shell.openExternal(url), t: (k: string) => k };
    const refused = signInThroughBrowser(request, deps);
    await vi.waitFor(() => expect(opened).toHaveLength(1));
    const port = Number(opened[0]!.port);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    for (const address of otherAddressesOfThisMachine()) {
      expect(await accepts(address, port, 1_000), `reachable at ${address}`).toBe(false);
    }
    await fetch(`${opened[0]}?state=${request.state}&error=tenant`);
    expect(await refused).toEqual({ outcome: 'error', error: 'tenant' });
    expect(await accepts('127.0.0.1', port)).toBe(false);

    expect(await signInThroughBrowser(request, { ...deps, timeoutMs: 50 })).toEqual({
      outcome: 'error',
      error: 'timeout',
    });
    expect(await accepts('127.0.0.1', Number(opened[1]!.port))).toBe(false);
  });

  it('opens nothing for a server that is not https (or this machine), and the contract refuses stray fields', async () => {
    for (const serverUrl of [
      'http://sync.example.org',
      'file:///etc/passwd',
      'https://u:p@x.org',
    ]) {
      expect(
        await signInThroughBrowser(
          { ...request, serverUrl },
          { openExternal: (url) => shell.openExternal(url), t: (k) => k },
        ),
      ).toEqual({ outcome: 'error', error: 'server' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
    const schema = requestContract['auth:sign-in-organisation'].request;
    expect(schema.safeParse({ ...request, url: 'https://evil.example' }).success).toBe(false);
    expect(schema.safeParse({ ...request, challenge: 'short' }).success).toBe(false);
    expect(schema.safeParse(request).success).toBe(true);
  });
});
