/**
 * The seeds CI runs: three fixed ones, and one derived from the commit under test, so that every
 * commit also tries a seed nobody tried before. Each is printed with the command that replays it.
 * The long run (`npm run sim -- --seed 1 --runs 50 --jobs 2`) is on demand: `npm test` must stay
 * under 20 minutes on 2 cores.
 */
import { execFileSync } from 'node:child_process';

export const FIXED_SEEDS = [1, 2, 3];

/** The commit: CI's variables first, else git; null outside a checkout. */
export function commitId(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['AMPARO_COMMIT'] ?? env['GITHUB_SHA'] ?? env['CI_COMMIT_SHA'];
  if (fromEnv && /^[0-9a-f]{7,40}$/i.test(fromEnv)) return fromEnv.toLowerCase();
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return null;
  }
}

/** A seed from the commit id's first 8 hex digits, above the fixed ones (11..1,000,010). */
export function commitSeeds(commit: string | null): number[] {
  if (!commit || commit.length < 8) return [];
  return [11 + (parseInt(commit.slice(0, 8), 16) % 1_000_000)];
}
