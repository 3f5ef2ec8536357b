import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS, usage } from './cli-options';

const defaults = {
  kills: 2,
  adminRate: 0.03,
  postgresFaultRate: 0.005,
  serverRestores: 0,
  childProcessShare: 0.5,
  backupWeight: 0.8,
};

describe('npm run sim -- --help', () => {
  it('is an option (before, parseArgs refused it as unknown)', () => {
    expect(parseArgs({ args: ['--help'], options: CLI_OPTIONS }).values.help).toBe(true);
    expect(parseArgs({ args: ['-h'], options: CLI_OPTIONS }).values.help).toBe(true);
  });

  it('describes every option, with its default', () => {
    const text = usage(defaults);
    for (const name of Object.keys(CLI_OPTIONS)) expect(text).toContain(`--${name}`);
    expect(text).toMatch(/--seed N +.*\(default 1\)/);
    expect(text).toMatch(/--ops K +.*\(default 200\)/);
    expect(text).toMatch(/--server-restores N +.*\(default 0\)/);
    expect(text).toMatch(/--pg-fault-rate P +.*\(default 0.005\)/);
  });
});
