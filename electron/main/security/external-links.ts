/** Sites a volunteer may be sent to from the app: agencies, the law, and MCJ. Subdomains included. */
export const externalHostAllowList = [
  'uscis.gov',
  'justice.gov',
  'ice.gov',
  'law.cornell.edu',
  'mscenterforjustice.org',
] as const;

const maxUrlLength = 2048;
// The URL parser silently drops tabs/newlines and treats `\` as `/`; refusing them (and spaces and
// other control characters) up front keeps what we check identical to what the user sees.
function hasForbiddenCharacter(value: string): boolean {
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || character === '\\') return true;
  }
  return false;
}

function isAllowedHost(hostname: string): boolean {
  return externalHostAllowList.some(
    (domain) => hostname === domain || hostname.endsWith(`.${domain}`),
  );
}

/** The normalised URL to open, or null when it is not an https link to an allow-listed site. */
export function toAllowedExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxUrlLength) return null;
  if (hasForbiddenCharacter(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  // The parser drops an empty userinfo (`https://@host`), so the raw authority is checked too.
  const authority = value.slice(value.indexOf('//') + 2).split(/[/?#]/, 1)[0] ?? '';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) return null;
  // An explicit :443 is normalised away by the parser; any other port is refused.
  if (url.port !== '') return null;
  if (!isAllowedHost(url.hostname)) return null;
  return url.href;
}

/**
 * The only way Amparo opens the system browser: an allow-listed https link, and only after the
 * attorney confirms (`confirm` shows the link). `open` is `shell.openExternal` in production.
 */
export async function openExternalUrl(
  value: unknown,
  open: (url: string) => Promise<void>,
  confirm: (url: string) => Promise<boolean>,
): Promise<boolean> {
  const url = toAllowedExternalUrl(value);
  if (url === null) return false;
  if (!(await confirm(url))) return false;
  await open(url);
  return true;
}
