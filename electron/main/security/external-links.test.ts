import { describe, expect, it, vi } from 'vitest';
import { openExternalUrl, toAllowedExternalUrl } from './external-links';

describe('toAllowedExternalUrl', () => {
  it.each([
    ['https://uscis.gov/', 'https://uscis.gov/'],
    ['https://www.uscis.gov/i-589', 'https://www.uscis.gov/i-589'],
    ['https://egov.uscis.gov/casestatus', 'https://egov.uscis.gov/casestatus'],
    ['https://www.justice.gov/eoir', 'https://www.justice.gov/eoir'],
    [
      'https://www.ice.gov/detain/detention-facilities',
      'https://www.ice.gov/detain/detention-facilities',
    ],
    [
      'https://www.law.cornell.edu/uscode/text/8/1158',
      'https://www.law.cornell.edu/uscode/text/8/1158',
    ],
    ['https://mscenterforjustice.org/', 'https://mscenterforjustice.org/'],
    ['https://www.mscenterforjustice.org/help', 'https://www.mscenterforjustice.org/help'],
    ['HTTPS://WWW.USCIS.GOV/Forms', 'https://www.uscis.gov/Forms'],
    ['https://uscis.gov:443/', 'https://uscis.gov/'],
    [
      'https://www.uscis.gov/search?q=asylum#results',
      'https://www.uscis.gov/search?q=asylum#results',
    ],
  ])('allows %s', (input, expected) => {
    expect(toAllowedExternalUrl(input)).toBe(expected);
  });

  it.each([
    ['plain http', 'http://uscis.gov/'],
    ['suffix attack', 'https://uscis.gov.evil.example/'],
    ['prefix attack', 'https://eviluscis.gov/'],
    ['allowed host in path', 'https://evil.example/uscis.gov'],
    ['allowed host in query', 'https://evil.example/?u=https://uscis.gov'],
    ['userinfo trick', 'https://uscis.gov@evil.example/'],
    ['userinfo on allowed host', 'https://user:pw@www.uscis.gov/'],
    ['empty userinfo', 'https://@www.uscis.gov/'],
    ['other port', 'https://www.uscis.gov:8443/'],
    ['port 80', 'https://www.uscis.gov:80/'],
    ['backslash trick', 'https://evil.example\\@www.uscis.gov/'],
    ['backslash host split', 'https://www.uscis.gov\\.evil.example/'],
    ['tab inside host', 'https://www.uscis.gov\t.evil.example/'],
    ['newline', 'https://www.uscis.gov/\n'],
    ['leading space', ' https://www.uscis.gov/'],
    ['trailing dot host', 'https://uscis.gov./'],
    ['lookalike unicode', 'https://uscіs.gov/'],
    ['ip literal', 'https://23.1.2.3/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript with allowed text', 'javascript://uscis.gov/%0aalert(1)'],
    ['data', 'data:text/html,<a href=https://uscis.gov>'],
    ['file', 'file:///etc/passwd'],
    ['smb', 'smb://uscis.gov/share'],
    ['mailto', 'mailto:help@uscis.gov'],
    ['app origin', 'app://amparo/'],
    ['ms-settings', 'ms-settings:privacy'],
    ['scheme-relative', '//www.uscis.gov/'],
    ['relative', '/i-589'],
    ['empty', ''],
    ['too long', `https://www.uscis.gov/${'a'.repeat(2048)}`],
  ])('refuses %s', (_label, input) => {
    expect(toAllowedExternalUrl(input)).toBeNull();
  });

  it.each([null, undefined, 1, {}, ['https://www.uscis.gov/']])('refuses non-strings', (value) => {
    expect(toAllowedExternalUrl(value)).toBeNull();
  });
});

describe('openExternalUrl', () => {
  const yes = vi.fn(async (_url: string) => true);

  it('opens the normalised URL of an allowed link once confirmed, showing that URL', async () => {
    const open = vi.fn(async () => undefined);
    await expect(openExternalUrl('HTTPS://www.USCIS.gov/', open, yes)).resolves.toBe(true);
    expect(yes).toHaveBeenCalledWith('https://www.uscis.gov/');
    expect(open).toHaveBeenCalledWith('https://www.uscis.gov/');
  });

  it('opens nothing when the attorney cancels', async () => {
    const open = vi.fn(async () => undefined);
    const no = vi.fn(async () => false);
    await expect(openExternalUrl('https://www.justice.gov/eoir', open, no)).resolves.toBe(false);
    expect(no).toHaveBeenCalledOnce();
    expect(open).not.toHaveBeenCalled();
  });

  it('never asks about, nor opens, a refused link', async () => {
    const open = vi.fn(async () => undefined);
    const ask = vi.fn(async () => true);
    await expect(openExternalUrl('https://uscis.gov.evil.example/', open, ask)).resolves.toBe(
      false,
    );
    await expect(openExternalUrl('file:///etc/passwd', open, ask)).resolves.toBe(false);
    expect(ask).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});
