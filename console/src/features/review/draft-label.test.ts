import { describe, expect, it } from 'vitest';
import { createConsoleI18n } from '../../i18n';
import { draftLabel } from './draft-label';

async function labelIn(language: 'en' | 'es', kind: string, at: string) {
  const i18n = await createConsoleI18n(language);
  return draftLabel(
    i18n.getFixedT(language, 'review'),
    { kind, reference: 'MCJ-2026-0042', at },
    language,
  );
}

describe('a draft as the console names it', () => {
  it('says its kind as the laptop does, the case and the day, in English and Spanish', async () => {
    expect(await labelIn('en', 'bond-motion', '2026-12-06T15:00:00.000Z')).toBe(
      'Bond motion · case MCJ-2026-0042 · Dec 6, 2026',
    );
    expect(await labelIn('es', 'bond-motion', '2026-12-06T15:00:00.000Z')).toBe(
      'Moción de fianza · caso MCJ-2026-0042 · 6 dic 2026',
    );
  });

  it('counts the day in Mississippi, not in UTC', async () => {
    expect(await labelIn('en', 'motion-to-continue', '2026-12-07T03:30:00.000Z')).toMatch(
      / · Dec 6, 2026$/,
    );
  });

  it('never shows a kind it does not know by its id', async () => {
    const label = await labelIn('en', 'future-kind', '2026-12-06T15:00:00.000Z');
    expect(label).toBe('Draft · case MCJ-2026-0042 · Dec 6, 2026');
  });
});
