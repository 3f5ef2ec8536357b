/**
 * Drafts cite law, never commercial websites: a web address is kept only when it points to a
 * government, military or school site (eCFR, justice.gov, uscis.gov, uscourts.gov, Cornell's
 * LII). Other addresses are dropped and the words of the citation stay.
 */
const URL_PATTERN = /https?:\/\/[^\s)\];,]+/g;
const OFFICIAL_HOST = /(^|\.)(gov|mil|edu)$/i;

export function isOfficialUrl(text: string): boolean {
  const match = /^https?:\/\/([^/?#:\s]+)/i.exec(text.trim());
  return !!match && OFFICIAL_HOST.test(match[1]!);
}

/** The citation with non-official addresses removed, or null when nothing is left. */
export function officialCitation(citation: string): string | null {
  const cleaned = citation
    .replace(URL_PATTERN, (url) => (isOfficialUrl(url) ? url : ''))
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+([,;.)])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s:;,]+$/, '')
    .trim();
  return /[A-Za-z0-9]/.test(cleaned) ? cleaned : null;
}

export function officialCitations(citations: readonly string[]): string[] {
  const kept = citations.flatMap((c) => officialCitation(c) ?? []);
  return [...new Set(kept)];
}
