/** The admin CLI's arguments: every option any command takes, parsed once. */
import { parseArgs } from 'node:util';
import { AppError } from '@core/errors/app-error';
import { oidcOptions } from './oidc-command';

const options = {
  'data-dir': { type: 'string' },
  org: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  file: { type: 'string' },
  assign: { type: 'string', multiple: true },
  case: { type: 'string' },
  device: { type: 'string' },
  kind: { type: 'string' },
  version: { type: 'string' },
  checksum: { type: 'string' },
  notes: { type: 'string' },
  status: { type: 'string' },
  since: { type: 'string' },
  out: { type: 'string' },
  days: { type: 'string' },
  id: { type: 'string' },
  attorneys: { type: 'string' },
  against: { type: 'string' },
  ...oidcOptions,
  request: { type: 'string' },
  'break-glass': { type: 'boolean' },
} as const;

export type CliArgs = ReturnType<typeof parseCliArgs>;

export function parseCliArgs(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  return { command: positionals[0] ?? 'help', sub: positionals[1], values };
}

export function required(value: string | undefined, flag: string): string {
  if (!value) throw new AppError('bad_request', `missing --${flag}`);
  return value;
}
