import { describe, expect, it } from 'vitest';
import { newToken } from './token-codec';
import { openSuccessor, sealSuccessor } from './successor-seal';

const pair = {
  accessToken: newToken(),
  accessTokenExpiresAt: '2026-12-07T01:00:00.000Z',
  refreshToken: newToken(),
  refreshTokenExpiresAt: '2027-01-07T01:00:00.000Z',
};

describe('a sealed successor pair', () => {
  it('opens with the used token that sealed it, and with nothing else', () => {
    const used = newToken();
    const sealed = sealSuccessor(used, pair);
    expect(openSuccessor(used, sealed)).toEqual(pair);
    expect(openSuccessor(newToken(), sealed)).toBeNull();
    expect(sealed).not.toContain(pair.refreshToken);
    const bytes = Buffer.from(sealed, 'base64url');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    expect(openSuccessor(used, bytes.toString('base64url'))).toBeNull();
    expect(openSuccessor(used, 'not a seal')).toBeNull();
  });
});
