import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { useCaseValueText } from './useCaseValueText';

async function textIn(language: 'en' | 'es') {
  const i18n = await createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  return renderHook(() => useCaseValueText(), { wrapper }).result.current;
}

describe('useCaseValueText', () => {
  it('names a field that groups several (an address) by its group, never as a raw key', async () => {
    const en = await textIn('en');
    expect(en.label('releasePlan.address')).toBe('Release plan and sponsor: Address');
    expect(en.label('releasePlan.sponsorRelation')).toBe('Relationship to the client');
    const es = await textIn('es');
    expect(es.label('releasePlan.address')).not.toMatch(/returned an object|releasePlan/);
  });

  it('reads an address back as one line', async () => {
    const en = await textIn('en');
    expect(
      en.value('releasePlan.address', { line1: '12 Calle Ejemplo', city: 'Jackson', state: 'MS' }),
    ).toBe('12 Calle Ejemplo, Jackson, MS');
  });
});
