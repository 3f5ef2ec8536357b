import { UuidSchema } from '@core/domain/schema-primitives';
import { describe, expect, it } from 'vitest';
import { nameBasedId, newId } from './ids';

describe('ids', () => {
  it('makes random UUIDs the domain schemas accept', () => {
    expect(UuidSchema.safeParse(newId()).success).toBe(true);
    expect(newId()).not.toBe(newId());
  });

  it('derives the same valid UUID from the same name, and different ones otherwise', async () => {
    const a = await nameBasedId('checklist', 'case-1/asylum');
    expect(await nameBasedId('checklist', 'case-1/asylum')).toBe(a);
    expect(await nameBasedId('checklist', 'case-1/cat')).not.toBe(a);
    expect(UuidSchema.safeParse(a).success).toBe(true);
  });
});
