import { describe, expect, it } from 'vitest';
import { appActions } from '@core/actions/action-registry';
import { standardRoles } from '@core/actions/menu-model';
import { catalogs, hasTranslation, languageFromLocale, translate } from './desktop-strings';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('desktop strings shared with main', () => {
  it('English and Spanish have the same keys', () => {
    expect(keys(catalogs.es).sort()).toEqual(keys(catalogs.en).sort());
  });

  it('have every label main uses, in both languages', () => {
    const used = [
      ...appActions.map((a) => a.labelKey),
      ...standardRoles.map((r) => `roles.${r}`),
      ...['app', 'file', 'edit', 'view', 'go', 'window', 'help'].map((m) => `menus.${m}`),
      'notifications.title',
      'notifications.hearingTomorrow',
      'notifications.hearingTodayNoTime',
      'notifications.deadlineToday',
      'notifications.safeDateTomorrow',
      'notifications.safeDateToday',
      'pdf.header',
      'pdf.footer',
      'pdf.saveTitle',
      'save.title',
    ];
    for (const key of used) {
      expect(hasTranslation('en', key), key).toBe(true);
      expect(hasTranslation('es', key), key).toBe(true);
    }
  });

  it('interpolates values and falls back to the key when missing', () => {
    expect(translate('en', 'pdf.footer', { page: '1', pages: '2' })).toBe('Page 1 of 2');
    expect(translate('es', 'no.such.key')).toBe('no.such.key');
  });

  it('picks Spanish for Spanish OS locales', () => {
    expect(languageFromLocale('es-419')).toBe('es');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('')).toBe('en');
  });
});
