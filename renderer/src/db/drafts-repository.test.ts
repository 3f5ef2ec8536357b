import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { createDraftsRepository } from './drafts-repository';
import { createTestDatabase } from './test-database';

describe('drafts repository', () => {
  it('clears a draft, and writes nothing when there is none (after every autosave)', async () => {
    const { db } = await createTestDatabase();
    const writes: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'count-draft-writes',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return name !== 'drafts'
            ? table
            : {
                ...table,
                mutate: (req) => {
                  writes.push(req.type);
                  return table.mutate(req);
                },
              };
        },
      }),
    });
    const drafts = createDraftsRepository(() => db);
    const caseId = newId();
    await drafts.put('case/x/custody', caseId, { detentionDate: '2026-1' });
    await drafts.clear('case/x/custody');
    expect(await drafts.get('case/x/custody')).toBeUndefined();
    expect(writes).toEqual(['put', 'delete']);

    await drafts.clear('case/x/custody');
    await drafts.clear('note/never-drafted');
    expect(writes).toEqual(['put', 'delete']);
  });
});
