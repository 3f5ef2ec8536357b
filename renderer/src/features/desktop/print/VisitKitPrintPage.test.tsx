import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { latestTemplate } from '@core/templates';
import { agreeWording, wordingForm } from '@core/templates/spanish-agreement';
import { visitKitSections } from '@core/templates/visit-kit';
import { setBridgeForTests } from '../../../bridge';
import { createTestBridge } from '../../../bridge/test-bridge';
import { renderRouted, testI18n } from '../test-i18n';
import type { CaseSummaryData } from './usePrintData';
import { VisitKitPrintPage } from './VisitKitPrintPage';

const data = vi.hoisted(() => ({ summary: undefined as CaseSummaryData | null | undefined }));
vi.mock('./usePrintData', () => ({ useCaseSummaryData: () => data.summary }));

const file = syntheticCaseFile();
const template = latestTemplate('detained-client')!;
const form = wordingForm(file.identity.gender);
let bridge: ReturnType<typeof createTestBridge>;

beforeEach(() => {
  bridge = createTestBridge({ mode: 'desktop' });
  setBridgeForTests(bridge);
  data.summary = { file, computed: [], manual: [] };
});
afterEach(() => {
  cleanup();
  setBridgeForTests(undefined);
});

function renderKit(language: 'en' | 'es', appLanguage: 'en' | 'es' = 'en') {
  return testI18n(appLanguage).then((i18n) =>
    renderRouted(i18n, <VisitKitPrintPage />, {
      path: `/print/cases/${file.id}/visit-kit/${template.id}?lang=${language}`,
      route: '/print/cases/:caseId/visit-kit/:templateId',
    }),
  );
}

describe('visit kit print view', () => {
  it('prints every question in order in the kit’s language, whatever the app’s', async () => {
    await renderKit('es', 'en');
    const doc = screen.getByRole('article');
    expect(within(doc).getByRole('heading', { level: 1 })).toHaveTextContent(
      `Kit de visita: ${template.title.es}`,
    );
    const printed = within(doc)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('kit-question'));
    const questions = visitKitSections(template).flatMap((s) => s.questions);
    expect(printed).toHaveLength(questions.length);
    printed.forEach((item, i) => {
      expect(item).toHaveAttribute('value', String(i + 1));
      const prompt = agreeWording(questions[i]!.question.attorneyPrompt.es, form);
      expect(item).toHaveTextContent(prompt.slice(0, 30));
    });
    expect(doc).toHaveTextContent('Hoja del plan de liberación');
    expect(doc).toHaveTextContent('G-28 (DHS) y EOIR-28');
    expect(doc).not.toHaveTextContent('Release plan worksheet');
  });

  it('gives each answer type its blank: boxes for yes or no, a date line, lines for text', async () => {
    await renderKit('en');
    const doc = screen.getByRole('article');
    const byType = (type: string) =>
      visitKitSections(template)
        .flatMap((s) => s.questions)
        .find((q) => q.question.type === type);
    const yesNo = byType('yes_no') ?? byType('yes_no_unknown');
    const item = within(doc)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('value') === String(yesNo!.number))!;
    expect(item).toHaveTextContent('☐ Yes');
    expect(item).toHaveTextContent('☐ No');
    const date = byType('date');
    if (date) {
      const dateItem = within(doc)
        .getAllByRole('listitem')
        .find((li) => li.getAttribute('value') === String(date.number))!;
      expect(dateItem).toHaveTextContent('month / day / year');
    }
  });

  it('saves the kit under the case reference, never a name', async () => {
    const user = userEvent.setup();
    await renderKit('en');
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    await waitFor(() => expect(bridge.printDocument).toHaveBeenCalledTimes(1));
    const request = bridge.printDocument.mock.calls[0]![0];
    expect(request).toMatchObject({ document: 'visit-kit', caseReference: file.reference });
    expect(JSON.stringify(request)).not.toMatch(/Ana|Prueba/);
  });
});
