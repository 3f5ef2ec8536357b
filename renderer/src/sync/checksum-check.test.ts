import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AmparoDatabase } from '../db/database';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { createTestDatabase } from '../db/test-database';
import { checkCaseChecksums } from './checksum-check';
import type { Transport } from './http-transport';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-07T10:00:00.000Z');

function transport() {
  const checksums = vi.fn(async () => ({ checksums: [] }));
  const caseSnapshot = vi.fn();
  return { checksums, caseSnapshot, value: { checksums, caseSnapshot } as unknown as Transport };
}

describe('the daily comparison of every case (issue 21: laptop clock skew)', () => {
  let db: AmparoDatabase;

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await updateSyncState(db, (s) => ({ ...s, cursor: 'c1' }));
  });

  async function lastVerifiedAt(at: Date) {
    await updateSyncState(db, (s) => ({
      ...s,
      checksum: { ...s.checksum, verifiedAt: at.toISOString() },
    }));
  }

  it('is not due again within the interval', async () => {
    await lastVerifiedAt(new Date(now.getTime() - DAY / 2));
    const t = transport();
    await checkCaseChecksums(db, t.value, [], { now, verifyEveryMs: DAY });
    expect(t.checksums).not.toHaveBeenCalled();
  });

  it('is due once the interval has passed', async () => {
    await lastVerifiedAt(new Date(now.getTime() - DAY));
    const t = transport();
    await checkCaseChecksums(db, t.value, [], { now, verifyEveryMs: DAY });
    expect(t.checksums).toHaveBeenCalledTimes(1);
    expect((await readSyncState(db)).checksum.verifiedAt).toBe(now.toISOString());
  });

  it('is due when the last one is dated in the future: the clock was set back since', async () => {
    // Recorded while the clock ran 48 h ahead, then corrected: waiting for "a day after" that
    // time would skip the comparison for three days.
    await lastVerifiedAt(new Date(now.getTime() + 48 * 60 * 60 * 1000));
    const t = transport();
    await checkCaseChecksums(db, t.value, [], { now, verifyEveryMs: DAY });
    expect(t.checksums).toHaveBeenCalledTimes(1);
    expect((await readSyncState(db)).checksum.verifiedAt).toBe(now.toISOString());
  });
});
