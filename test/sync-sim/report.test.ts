import { describe, expect, it } from 'vitest';
import { replayCommand } from './report';

describe('the replay command of a run', () => {
  it('carries the fault options that differ from the defaults', () => {
    expect(
      replayCommand({
        seed: 12,
        clients: 2,
        ops: 40,
        kills: 0,
        postgresFaultRate: 0.2,
        childProcessShare: 1,
        serverRestores: 1,
        backupWeight: 3,
      }),
    ).toBe(
      'npm run sim -- --seed 12 --clients 2 --ops 40 --kills 0 --pg-fault-rate 0.2 ' +
        '--child-process-share 1 --server-restores 1 --backup-weight 3',
    );
    expect(replayCommand({ seed: 3, clients: 5, ops: 200, postgresFaultRate: 0.005 })).toBe(
      'npm run sim -- --seed 3 --clients 5 --ops 200',
    );
  });
});
