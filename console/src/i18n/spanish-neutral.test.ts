import { describe, expect, it } from 'vitest';
import es from './locales/es/console.json';

function strings(value: unknown, where: string): { where: string; es: string }[] {
  if (typeof value === 'string') return [{ where, es: value }];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
    strings(v, `${where}.${key}`),
  );
}

describe("the console's Spanish", () => {
  const texts = strings(es, 'es');

  it('reads every string', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it('assumes no client gender: custody and client wording are neutral, as on the laptop', () => {
    const masculine =
      /\b(el|del|al|un) cliente\b|\b(liberado|detenido|nunca detenido)\b(?! o detenida)/i;
    expect(texts.filter((t) => masculine.test(t.es)).map((t) => `${t.where}: ${t.es}`)).toEqual([]);
    expect(texts.find((t) => t.where === 'es.custodyStatus.detained')?.es).toBe('En detención');
  });
});
