import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const FiredSchema = z.array(z.string().max(300)).max(5000);
const keep = 2000;

export interface FiredRemindersStore {
  load(): string[];
  save(ids: readonly string[]): void;
}

/**
 * Ids of reminders already shown, so a restart does not show them again. Ids are built from
 * record ids, kinds and dates; they name no one.
 */
export function createFiredRemindersStore(filePath: string): FiredRemindersStore {
  return {
    load() {
      try {
        const parsed = FiredSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
        return parsed.success ? parsed.data : [];
      } catch {
        return [];
      }
    },
    save(ids) {
      mkdirSync(dirname(filePath), { recursive: true });
      const temp = `${filePath}.tmp`;
      writeFileSync(temp, JSON.stringify(ids.slice(-keep)), { mode: 0o600 });
      renameSync(temp, filePath);
    },
  };
}
