import type { ContactLog } from '@core/domain/case-logs';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { setDatabase } from '../../db/database';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { ContactLogSection } from './ContactLogSection';
import { useCaseLogs } from './useCaseLogs';

const caseId = '00000000-0000-4000-8000-0000000000c1';
const visit: ContactLog = {
  id: '00000000-0000-4000-8000-0000000000c2',
  caseId,
  date: '2026-12-01',
  type: 'visit',
  interpreter: false,
  interpreterName: null,
  language: null,
  durationMinutes: 30,
  notes: 'Visita en Jena.',
  recordedAt: '2026-12-01T15:00:00.000Z',
};

function Live() {
  const logs = useCaseLogs(caseId);
  return logs ? <ContactLogSection caseId={caseId} contacts={logs.contacts} /> : null;
}

async function renderLog(language: 'en' | 'es' = 'en') {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <Live />
    </I18nextProvider>,
  );
}

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await caseLogsRepository.saveContact(visit, true);
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('contact log', () => {
  it('corrects a logged contact in place: same record, new details, focus back on its Edit', async () => {
    const user = userEvent.setup();
    await renderLog();
    const list = await screen.findByRole('list', { name: 'Contacts, newest first' });
    await user.click(within(list).getByRole('button', { name: /^Edit: / }));
    const form = within(list).getByRole('form', { name: 'Correct this contact' });
    expect(within(form).getByLabelText('Notes (optional)')).toHaveValue('Visita en Jena.');
    await user.selectOptions(within(form).getByLabelText('Type'), 'Phone call');
    await user.click(within(form).getByLabelText('An interpreter took part'));
    await user.type(
      within(form).getByLabelText("Interpreter's name (optional)"),
      'Rosa Intérprete',
    );
    await user.clear(within(form).getByLabelText('Duration in minutes (optional)'));
    await user.type(within(form).getByLabelText('Duration in minutes (optional)'), '45');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    await waitFor(async () => {
      const { contacts } = await caseLogsRepository.forCase(caseId);
      expect(contacts).toEqual([
        {
          ...visit,
          type: 'phone',
          interpreter: true,
          interpreterName: 'Rosa Intérprete',
          durationMinutes: 45,
        },
      ]);
    });
    const item = await within(list).findByRole('listitem', { name: /Phone call · 45 minutes/ });
    expect(within(item).getByRole('button', { name: /^Edit: / })).toHaveFocus();
    expect(within(list).queryByRole('form')).toBeNull();
  });

  it('refuses an invalid correction with the reason, and Cancel keeps the record as it was', async () => {
    const user = userEvent.setup();
    await renderLog('es');
    const list = await screen.findByRole('list', {
      name: 'Contactos, del más reciente al más antiguo',
    });
    await user.click(within(list).getByRole('button', { name: /^Editar: / }));
    const form = within(list).getByRole('form', { name: 'Corregir este contacto' });
    const duration = within(form).getByLabelText('Duración en minutos (opcional)');
    await user.clear(duration);
    await user.type(duration, '-5');
    await user.click(within(form).getByRole('button', { name: 'Guardar cambios' }));
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(form).getByRole('button', { name: 'Cancelar' }));
    expect(within(list).queryByRole('form')).toBeNull();
    expect((await caseLogsRepository.forCase(caseId)).contacts).toEqual([visit]);
  });
});
