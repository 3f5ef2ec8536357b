import { describe, expect, it } from 'vitest';
import { createI18n } from './index';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const en = leaves(resources.en as unknown as Tree);
  const es = leaves(resources.es as unknown as Tree);

  it('has every English key in Spanish and every Spanish key in English', () => {
    const missingInEs = [...en.keys()].filter((k) => !es.has(k));
    // Spanish alone has `_male` / `_female` forms that agree with the client (i18next context).
    const agreement = (k: string) =>
      /_(male|female)$/.test(k) && en.has(k.replace(/_(male|female)$/, ''));
    const missingInEn = [...es.keys()].filter((k) => !en.has(k) && !agreement(k));
    expect({ missingInEs, missingInEn }).toEqual({ missingInEs: [], missingInEn: [] });
  });

  it('gives every Spanish agreement form its pair and a neutral base', () => {
    const forms = [...es.keys()].filter((k) => /_(male|female)$/.test(k));
    expect(forms.length).toBeGreaterThan(0);
    for (const k of forms) {
      const stem = k.replace(/_(male|female)$/, '');
      expect(es.has(`${stem}_male`) && es.has(`${stem}_female`) && es.has(stem), k).toBe(true);
    }
  });

  it('has no empty strings', () => {
    const empty = [...en, ...es].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const mismatched = [...en.keys()].filter(
      (k) => es.has(k) && placeholders(en.get(k)!).join() !== placeholders(es.get(k)!).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translates through a real i18next instance in both languages', async () => {
    const i18n = await createI18n('es');
    expect(i18n.t('nav.cases')).toBe('Casos');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.cases')).toBe('Cases');
    expect(i18n.t('errors:unauthorized')).toBe('Your session has ended. Sign in again.');
  });
});

describe('validation messages from core/', () => {
  it('has a translation in both languages for every key a domain schema can report', async () => {
    const { validationMessageKeys } = await import('@core/domain/validation-keys');
    const en = leaves(resources.en as unknown as Tree);
    const es = leaves(resources.es as unknown as Tree);
    const missing = validationMessageKeys.filter((key) => !en.has(key) || !es.has(key));
    expect(missing).toEqual([]);
  });
});

describe('a translation problem at run time', () => {
  it('is reported for a key missing in the UI language, and for a key naming a group', async () => {
    const { i18nProblems } = await import('../../../test/setup/renderer');
    const i18n = await createI18n('es');
    i18n.t('nav.noSuchKey' as never);
    i18n.t('caseFile:fields.releasePlan.address' as never);
    i18n.t('caseFile:fields' as never);
    const seen = i18nProblems.splice(0).map((p) => `${p.kind} ${p.language} ${p.key}`);
    expect(seen).toEqual([
      'missing es common:nav.noSuchKey',
      'object es caseFile:fields.releasePlan.address',
      'object es caseFile:fields',
    ]);
  });

  it('is not reported for an optional lookup with a default value', async () => {
    const { i18nProblems } = await import('../../../test/setup/renderer');
    const i18n = await createI18n('en');
    expect(i18n.t('nav.noSuchKey' as never, { defaultValue: 'fallback' })).toBe('fallback');
    expect(i18nProblems).toEqual([]);
  });
});

describe('the document language', () => {
  it('is the saved UI language before anything renders, and follows a change', async () => {
    const { bindDocumentLanguage } = await import('./document-language');
    document.documentElement.lang = 'en';
    const i18n = await createI18n('es');
    const unbind = bindDocumentLanguage(i18n, document);
    expect(document.documentElement.lang).toBe('es');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    unbind();
    await i18n.changeLanguage('es');
    expect(document.documentElement.lang).toBe('en');
  });
});
