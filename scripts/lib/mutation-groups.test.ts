import { describe, expect, it } from 'vitest';
import { groupOf, mutationGroups } from './mutation-groups.mjs';

describe('the mutation group of a file', () => {
  it.each([
    ['renderer/src/db/crypto/table-policy.ts', 'crypto'],
    ['renderer/src/db/sync-revocations.ts', 'sync-store'],
    ['core/deadlines/asylum-deadline.ts', 'deadlines'],
    ['server/src/app/route-access.ts', 'route-access'],
    ['server/src/sync/push-service.ts', 'server-sync'],
  ])('%s is tested by the %s group', (file, group) => {
    expect(groupOf(file)).toBe(mutationGroups[group]);
  });

  it('a file in no group has none (its run then takes the related tests)', () => {
    expect(groupOf('renderer/src/db/notes-repository.ts')).toBeUndefined();
    expect(groupOf('server/src/app/build-app.ts')).toBeUndefined();
  });
});
