import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { CustodyText } from './CustodyText';

async function shown(
  status: Parameters<typeof CustodyText>[0]['status'],
  facility: string | null,
  language: 'en' | 'es' = 'en',
) {
  const i18n = await createI18n(language);
  const { container, unmount } = render(
    <I18nextProvider i18n={i18n}>
      <CustodyText status={status} facility={facility} />
    </I18nextProvider>,
  );
  const text = container.textContent;
  unmount();
  return text;
}

describe('CustodyText', () => {
  it('says custody is not known yet rather than "not detained"', async () => {
    expect(await shown('unknown', null)).toBe('Not known yet');
    expect(await shown('unknown', null, 'es')).toBe('Aún no se sabe');
  });

  it('names the facility of a detained client, or says it is not recorded', async () => {
    expect(await shown('detained', 'Adams County Detention Center')).toBe(
      'Detained · Adams County Detention Center',
    );
    expect(await shown('detained', null)).toBe('Detained · facility not recorded');
  });

  it('says how a client was released', async () => {
    expect(await shown('released_bond', null)).toBe('Released on bond');
    expect(await shown('never_detained', null)).toBe('Never detained');
  });
});
