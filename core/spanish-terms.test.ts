/**
 * Spanish legal terms across the law data (issue 14). The changes logs are history and may quote
 * the old wording; everything a user reads today is checked.
 */
import { describe, expect, it } from 'vitest';
import { defenseCatalog } from './catalog/defense-catalog';
import { postBiaDeadlines } from './deadlines/bia-deadlines';
import { computeDeadlines } from './deadlines/compute-deadlines';
import { deadlineRules } from './deadlines/deadline-rules';
import type { CaseFile } from './domain/case-file';
import { syntheticCaseFile } from './domain/case-file.fixture';
import { feeTable } from './law/fees-table';
import { medicalRiskList } from './law/medical-risk';
import { tpsTable } from './law/tps-table';
import { uVisaCrimeList } from './law/u-visa-crimes';
import { factDefinitions } from './screening/fact-vocabulary';
import { ruleset } from './screening/ruleset';
import {
  agreeWording,
  getTemplate,
  latestTemplate,
  templateIds,
  wordingForm,
  wordingMarksValid,
} from './templates';
import { spanishTermViolations as violations } from './law/spanish-terms';

/** Every `es` text under `value`, skipping the dated changes logs (they quote old wording). */
function spanishTexts(value: unknown, where = ''): { where: string; es: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => spanishTexts(v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record['es'] === 'string' && typeof record['en'] === 'string'
      ? [{ where, es: record['es'] }]
      : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'changes')
      .flatMap(([key, v]) => spanishTexts(v, `${where}.${key}`)),
  ];
}

function deadlineTexts(): { where: string; es: string }[] {
  const base = syntheticCaseFile();
  const files: CaseFile[] = [
    base,
    {
      ...base,
      custody: { status: 'detained' },
      eoirStatus: { status: 'removal_order', decisionDate: '2026-11-02', decisionWasOral: true },
    },
    {
      ...base,
      eoirStatus: {
        status: 'voluntary_departure',
        decisionDate: '2026-11-02',
        decisionWasOral: false,
        voluntaryDepartureDays: 60,
      },
      biaDecision: { date: '2026-11-20', outcome: null },
    },
  ];
  const results = [
    ...files.flatMap(
      (file) =>
        computeDeadlines(file, { today: '2026-11-27', events: { addressChangedOn: '2026-11-20' } })
          .results,
    ),
    ...postBiaDeadlines(
      { decision: { date: '2026-11-20', outcome: 'motion_denied' } },
      {
        today: '2026-11-27',
      },
    ),
  ];
  return spanishTexts(results, 'deadlines');
}

describe('Spanish legal terms in the law data', () => {
  it('finds the texts it checks', () => {
    expect(spanishTexts(defenseCatalog).length).toBeGreaterThan(300);
    expect(deadlineTexts().length).toBeGreaterThan(50);
  });

  it.each([
    ['defense catalog', () => spanishTexts(defenseCatalog, 'catalog')],
    ['screening rules', () => spanishTexts(ruleset, 'ruleset')],
    ['screening facts', () => spanishTexts(factDefinitions, 'facts')],
    ['deadline rules', () => spanishTexts(deadlineRules, 'deadlineRules')],
    ['deadline results', deadlineTexts],
    [
      'law tables',
      () => spanishTexts([tpsTable, feeTable, medicalRiskList, uVisaCrimeList], 'law'),
    ],
  ] as const)('%s use the reviewed terms', (_name, texts) => {
    expect(violations(texts())).toEqual([]);
  });

  it('catches the old wording (the checks are not vacuous)', () => {
    const old = [
      'Solicitud de asilo y de suspensión de la deportación',
      '¿Los alegatos siguen abiertos?',
      'Plan de salida y arraigo',
      'Ctrl+Intro pasa a la siguiente pregunta.',
      'Buena reputación en cada colegio',
      'salvo para extranjeros que llegan y ciertos casos',
      'los "extranjeros que llegan" ajustan',
    ].map((es, i) => ({ where: `old[${i}]`, es }));
    expect(violations(old)).toHaveLength(old.length);
    const good = [
      'Solicitud de asilo y de suspensión de la remoción',
      '¿Sigue pendiente la respuesta a los alegatos y cargos?',
      'los "extranjeros que llegan" (arriving aliens: quien llega a un puerto de entrada) ajustan',
    ].map((es, i) => ({ where: `good[${i}]`, es }));
    expect(violations(good)).toEqual([]);
  });
});

describe('Spanish in the interview templates (latest versions)', () => {
  const latest = templateIds.map((id) => latestTemplate(id)!);
  const texts = latest.flatMap((t) => spanishTexts(t, `${t.id}@v${t.version}`));
  const forms = ['masculine', 'feminine', 'neutral'] as const;
  const rendered = (form: (typeof forms)[number]) =>
    texts.map(({ where, es }) => ({ where, es: agreeWording(es, form) }));
  const clientWordings = latest.flatMap((t) =>
    t.sections.flatMap((s) =>
      s.questions.flatMap((q) => (q.clientWording ? [{ id: q.id, es: q.clientWording.es }] : [])),
    ),
  );

  it('are all version 2 or later', () => {
    expect(latest.every((t) => t.version >= 2)).toBe(true);
    expect(texts.length).toBeGreaterThan(500);
  });

  it.each(forms)('use the reviewed terms in the %s form', (form) => {
    expect(violations(rendered(form))).toEqual([]);
  });

  it('mark gendered words only as well-formed three-way choices, in Spanish only', () => {
    expect(texts.filter(({ es }) => !wordingMarksValid(es)).map((t) => t.where)).toEqual([]);
    const english = latest.flatMap((t) => JSON.stringify(t).match(/"en":"[^"]*[{}][^"]*"/g) ?? []);
    expect(english).toEqual([]);
    expect(texts.some(({ es }) => es.includes('{lo|la|le}'))).toBe(true);
  });

  it('never ask a client whether they "entered without inspection"', () => {
    expect(clientWordings.filter((w) => /sin inspecci[oó]n/i.test(w.es))).toEqual([]);
    const inspection = clientWordings.find((w) => w.id === 'detained.entry_inspection')!;
    expect(inspection.es).toContain('cruzó sin pasar por un oficial');
  });

  it('address a woman in the feminine, a man in the masculine and anyone else neutrally', () => {
    // Version 3 asks the sponsor's name on its own (issue 11).
    const sponsor = clientWordings.find((w) => w.id === 'detained.sponsor_fullname')!.es;
    expect(agreeWording(sponsor, 'masculine')).toContain('¿quién lo puede recibir?');
    expect(agreeWording(sponsor, 'feminine')).toContain('¿quién la puede recibir?');
    expect(agreeWording(sponsor, 'neutral')).toContain('¿quién le puede recibir?');
    const hurt = clientWordings.find((w) => w.id === 'fear.what_happened')!.es;
    expect(agreeWording(hurt, 'feminine')).toContain('¿Quedó herida?');
    expect(agreeWording(hurt, 'neutral')).toContain('¿Quedó con heridas?');
    // A participle after "haber" never agrees ("la han arrestado"), so it is not counted.
    const masculine =
      /(?<!\b(?:ha|han|he|haya)\s)\b(detenido|herido|seguro|casado|soltero|separado|divorciado|viudo|cómodo|dispuesto|arrestado|acusado|obligado)\b/i;
    for (const form of ['feminine', 'neutral'] as const) {
      const left = clientWordings
        .map((w) => ({ id: w.id, es: agreeWording(w.es, form) }))
        .filter((w) => masculine.test(w.es));
      expect(left, form).toEqual([]);
    }
  });

  it('follow the gender recorded in the case file, neutral when unknown', () => {
    expect(wordingForm('female')).toBe('feminine');
    expect(wordingForm('male')).toBe('masculine');
    expect(wordingForm('other')).toBe('neutral');
    expect(wordingForm('unknown')).toBe('neutral');
    expect(wordingForm(null)).toBe('neutral');
    expect(wordingForm(undefined)).toBe('neutral');
  });

  it('leave the published version 1 untouched', () => {
    const v1 = getTemplate('detained-client', 1)!;
    const release = v1.sections.find((s) => s.id === 'release')!;
    expect(release.title.es).toBe('Plan de salida y arraigo');
    expect(
      getTemplate('detained-client', 2)!.sections.find((s) => s.id === 'release')!.title.es,
    ).toBe('Plan de liberación y arraigo');
  });
});
