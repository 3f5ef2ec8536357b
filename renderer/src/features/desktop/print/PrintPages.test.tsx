import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { InterviewSession } from '@core/domain/interview-session';
import { latestTemplate } from '@core/templates';
import { setBridgeForTests } from '../../../bridge';
import { createTestBridge } from '../../../bridge/test-bridge';
import { renderRouted, testI18n } from '../test-i18n';
import { CaseSummaryPrintPage } from './CaseSummaryPrintPage';
import { InterviewPrintPage } from './InterviewPrintPage';
import type { CaseSummaryData, InterviewPrintData } from './usePrintData';

const data = vi.hoisted(() => ({
  summary: undefined as CaseSummaryData | null | undefined,
  interview: undefined as InterviewPrintData | null | undefined,
}));
vi.mock('./usePrintData', () => ({
  useCaseSummaryData: () => data.summary,
  useInterviewPrintData: () => data.interview,
}));

const file = syntheticCaseFile();
let bridge: ReturnType<typeof createTestBridge>;

beforeEach(() => {
  bridge = createTestBridge({ mode: 'desktop' });
  setBridgeForTests(bridge);
});
afterEach(() => {
  cleanup();
  setBridgeForTests(undefined);
});

describe('case summary print view', () => {
  it('renders the case from its data and saves it under the case reference', async () => {
    const user = userEvent.setup();
    data.summary = {
      file: { ...file, flags: { ...file.flags, asylumProtected: true } },
      computed: [],
      manual: [{ id: 'm1', title: 'File the I-589', date: '2026-12-10' }],
    };
    renderRouted(await testI18n(), <CaseSummaryPrintPage />, {
      path: `/print/cases/${file.id}/summary`,
      route: '/print/cases/:caseId/summary',
    });
    const doc = screen.getByRole('article');
    expect(within(doc).getByRole('heading', { level: 1 })).toHaveTextContent('Case summary');
    expect(doc).toHaveTextContent('MCJ-2026-0042');
    expect(doc).toHaveTextContent('Ana Prueba');
    expect(doc).toHaveTextContent('Asylum confidentiality');
    const hearings = within(doc).getByRole('region', { name: 'Hearings' });
    expect(within(hearings).getAllByRole('row')).toHaveLength(3);
    expect(hearings).toHaveTextContent('Master calendar');
    expect(within(doc).getByRole('region', { name: 'Deadlines' })).toHaveTextContent(
      'File the I-589',
    );
    expect(screen.getByRole('link', { name: 'Back to the case' })).toHaveAttribute(
      'href',
      `/cases/${file.id}`,
    );

    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    await waitFor(() => expect(bridge.printDocument).toHaveBeenCalledTimes(1));
    const request = bridge.printDocument.mock.calls[0]![0];
    expect(request).toMatchObject({ document: 'case-summary', caseReference: 'MCJ-2026-0042' });
    expect(JSON.stringify(request)).not.toMatch(/Ana|Prueba/);
  });

  it('says so when the case is not on this computer', async () => {
    data.summary = null;
    renderRouted(await testI18n('es'), <CaseSummaryPrintPage />, {
      path: '/print/cases/x/summary',
      route: '/print/cases/:caseId/summary',
    });
    expect(screen.getByRole('alert')).toHaveTextContent('no está en esta computadora');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('interview print view', () => {
  it('prints questions, answers and section notes in the UI language', async () => {
    const template = latestTemplate('first-intake')!;
    const isYesNo = (type: string) => type === 'yes_no' || type === 'yes_no_unknown';
    const section = template.sections.find((s) => s.questions.some((q) => isYesNo(q.type)))!;
    const yesNo = section.questions.find((q) => isYesNo(q.type))!;
    const session: InterviewSession = {
      id: '00000000-0000-4000-8000-000000000009',
      caseId: file.id,
      templateId: template.id,
      templateVersion: template.version,
      clientLanguage: { code: 'es' },
      state: 'draft',
      startedAt: '2026-11-27T15:00:00.000Z',
      answers: { [yesNo.id]: { value: true, updatedAt: '2026-11-27T15:01:00.000Z' } },
      sectionNotes: {},
      addenda: [],
    };
    data.interview = {
      file,
      session,
      template,
      notes: new Map([[section.id, 'Synthetic note text']]),
    };
    renderRouted(await testI18n('es'), <InterviewPrintPage />, {
      path: `/print/cases/${file.id}/interviews/${session.id}`,
      route: '/print/cases/:caseId/interviews/:interviewId',
    });
    const doc = screen.getByRole('article');
    expect(doc).toHaveTextContent(template.title.es);
    expect(doc).toHaveTextContent(section.title.es);
    expect(doc).toHaveTextContent('Synthetic note text');
    expect(doc).toHaveTextContent('Borrador');
    expect(doc).toHaveTextContent(`${yesNo.attorneyPrompt.es}Sí`);
    expect(
      screen.getByRole('alertdialog', { name: 'Esta copia no está cifrada' }),
    ).toBeInTheDocument();
  });
});
