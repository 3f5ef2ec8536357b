import { spanishTermViolations } from '@core/law/spanish-terms';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

function strings(value: unknown, where: string): { where: string; es: string }[] {
  if (typeof value === 'string') return [{ where, es: value }];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
    strings(v, `${where}.${key}`),
  );
}

describe('Spanish screens use the reviewed legal terms', () => {
  const texts = strings(resources.es, 'es');

  it('reads every Spanish string', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('has no wording the review replaced', () => {
    expect(spanishTermViolations(texts)).toEqual([]);
  });

  it('says Enter for the Enter key and "en regla" for good standing', () => {
    const find = (path: string) => texts.find((t) => t.where === path)?.es ?? '';
    expect(find('es.interviews.answer.longTextHint')).toContain('Ctrl+Enter');
    expect(find('es.drafts.requirements.goodStanding')).toMatch(/en regla/);
    expect(find('es.drafts.requirements.goodStanding')).toMatch(/habilitaci/);
    expect(find('es.caseFile.fields.nta.pleadingsClosed')).toContain(
      'respondió a los alegatos y cargos',
    );
  });
});
