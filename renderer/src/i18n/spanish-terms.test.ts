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

  it('assume no gender where the client has none recorded: the plain wording is neutral', () => {
    // `_male` and `_female` variants are chosen from the case file's gender (i18next context).
    const plain = texts.filter((t) => !/_(male|female)$/.test(t.where));
    const masculine =
      /\b(el|del|al|un) cliente\b|\b(liberado|detenido|nunca detenido)\b(?! o detenida)/i;
    expect(plain.filter((t) => masculine.test(t.es)).map((t) => `${t.where}: ${t.es}`)).toEqual([]);
    const find = (path: string) => texts.find((t) => t.where === path)?.es;
    expect(find('es.caseFile.options.custodyStatus.released_bond_female')).toBe(
      'Liberada con fianza',
    );
    expect(find('es.cases.case.minorBanner_female')).toBe('La clienta es menor de edad.');
  });
});
