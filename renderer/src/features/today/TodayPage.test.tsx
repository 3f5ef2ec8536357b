import type { CaseFile } from '@core/domain/case-file';
import type { ReviewRequest } from '@core/domain/review';
import { syntheticCaseFile, syntheticUuid } from '@core/domain/case-file.fixture';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { buildToday } from './today-model';
import { todayReviews } from './today-reviews';
import { TodayPage } from './TodayPage';
import { useToday } from './useToday';

vi.mock('./useToday', () => ({ useToday: vi.fn() }));

const today = '2026-12-10';

function world(requests: readonly ReviewRequest[] = []) {
  const ana: CaseFile = syntheticCaseFile();
  ana.identity.givenNames = 'Ana';
  ana.identity.familyName = 'Prueba';
  ana.reference = 'MCJ-2026-0001';
  ana.priorFilings = [
    {
      id: syntheticUuid(90),
      kind: 'i589',
      filedOn: '2013-01-10',
      status: 'pending',
      beneficiary: 'client',
    },
  ];
  ana.custody = {
    status: 'detained',
    facility: 'Adams County Detention Center',
    detentionDate: '2026-09-11',
  };
  ana.hearings = [
    {
      id: syntheticUuid(91),
      type: 'bond',
      format: 'video',
      date: '2026-12-12',
      time: '09:00',
      callIn: 'Webex 123 456 789',
    },
  ];
  const manual = new Map([
    [
      ana.id,
      [
        {
          id: syntheticUuid(92),
          caseId: ana.id,
          title: 'ICE check-in',
          date: '2026-12-04',
          kind: 'ice_check_in' as const,
        },
        {
          id: syntheticUuid(93),
          caseId: ana.id,
          title: 'Send the packet',
          date: '2026-12-13',
          kind: 'filing' as const,
        },
      ],
    ],
  ]);
  const view = buildToday({
    cases: [ana],
    manual,
    comments: [],
    userId: null,
    today,
    language: 'en',
  });
  const reviews = todayReviews(
    requests.map((r) => ({ ...r, caseId: ana.id })),
    [ana],
    new Date(`${today}T18:00:00Z`),
  );
  vi.mocked(useToday).mockReturnValue({ ...view, reviews, today, cases: [ana] });
  return ana;
}

/**
 * Rosa, detained, ordered removed on 2026-12-17: 30 days end Saturday 2027-01-16, Monday is Martin
 * Luther King Day, so the motion to reconsider's last day is Tuesday 01-19 and its safe date
 * Friday 01-15. Her master hearing on 01-27 has no filing deadline from the judge yet.
 */
function rolledWorld(on: string, language: 'en' | 'es') {
  const rosa: CaseFile = syntheticCaseFile();
  rosa.identity.givenNames = 'Rosa';
  rosa.identity.familyName = 'Prueba';
  rosa.reference = 'MCJ-2026-0003';
  rosa.priorFilings = [
    {
      id: syntheticUuid(94),
      kind: 'i589',
      filedOn: '2013-01-10',
      status: 'pending',
      beneficiary: 'client',
    },
  ];
  rosa.custody = { status: 'detained', detentionDate: '2026-11-30' };
  rosa.eoirStatus = { status: 'removal_order', decisionDate: '2026-12-17', decisionWasOral: true };
  rosa.hearings = [
    { id: syntheticUuid(95), type: 'master', format: 'in_person', date: '2027-01-27' },
  ];
  const view = buildToday({
    cases: [rosa],
    manual: new Map(),
    comments: [],
    userId: null,
    today: on,
    language,
  });
  vi.mocked(useToday).mockReturnValue({ ...view, reviews: [], today: on, cases: [rosa] });
  return rosa;
}

async function renderToday(language: 'en' | 'es', state?: unknown) {
  const i18n = await createI18n(language);
  const router = createMemoryRouter([{ path: '/', element: <TodayPage /> }], {
    initialEntries: [{ pathname: '/', state }],
  });
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

afterEach(cleanup);

describe('TodayPage', () => {
  it('shows overdue work in red with days overdue, the week ahead, hearings and detention', async () => {
    world();
    await renderToday('en');
    const overdue = screen.getByRole('region', { name: /Overdue/ });
    const item = within(overdue).getByRole('listitem');
    expect(item).toHaveTextContent('6 days overdue');
    expect(item).toHaveTextContent('ICE check-in');
    expect(within(item).getByText('6 days overdue')).toHaveClass('urgency-overdue');
    expect(item).toHaveClass('overdue');

    const next = screen.getByRole('region', { name: /Next 7 days/ });
    expect(next).toHaveTextContent('3 days left');
    expect(next).toHaveTextContent('Send the packet');

    const hearings = screen.getByRole('region', { name: /Hearings this week/ });
    expect(hearings).toHaveTextContent('Bond');
    expect(hearings).toHaveTextContent('Video (Webex)');
    expect(hearings).toHaveTextContent('Join by video: Webex 123 456 789');
    expect(hearings).toHaveTextContent('in 2 days');

    const detained = screen.getByRole('region', { name: /Detained clients/ });
    expect(detained).toHaveTextContent('90 days in custody');
    expect(detained).toHaveTextContent('Adams County Detention Center');
    expect(
      within(detained).getByRole('link', { name: 'Ana Prueba (MCJ-2026-0001)' }),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: /Comments from MCJ/ })).toBeNull();
    expect(screen.queryByRole('region', { name: /Your work in review/ })).toBeNull();
    // Without a sign-in there is nothing to describe, and no banner.
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).not.toHaveAttribute(
      'aria-describedby',
    );
    expect(screen.queryByRole('region', { name: /arrived/ })).toBeNull();
  });

  it('lists the work sent to MCJ with its review state, what needs the attorney first', async () => {
    const mark = (c: string) => c.repeat(64);
    const request = (n: number, patch: Partial<ReviewRequest>): ReviewRequest => ({
      id: syntheticUuid(700 + n),
      caseId: '',
      subject: { kind: 'interview', interviewId: syntheticUuid(720 + n) },
      state: 'ready',
      contentHash: mark('a'),
      currentHash: mark('a'),
      readyBy: syntheticUuid(740),
      readyAt: '2026-12-08T15:00:00.000Z',
      ...patch,
    });
    const ana = world([
      request(1, {}),
      request(2, { subject: { kind: 'draft', draftKind: 'bond-motion' }, state: 'returned' }),
      request(3, {
        subject: { kind: 'draft', draftKind: 'motion-to-continue' },
        state: 'approved',
        decidedHash: mark('a'),
        decidedAt: '2026-12-09T15:00:00.000Z',
      }),
      // Approved three weeks ago: no longer news. Withdrawn: not in review.
      request(4, {
        state: 'approved',
        decidedHash: mark('a'),
        decidedAt: '2026-11-19T15:00:00.000Z',
      }),
      request(5, { state: 'withdrawn' }),
    ]);
    await renderToday('en');
    const section = screen.getByRole('region', { name: /Your work in review/ });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Draft: Bond motion · Ana Prueba (MCJ-2026-0001) Returned with comments',
      'Interview memo · Ana Prueba (MCJ-2026-0001) Ready for review',
      'Draft: Motion to continue · Ana Prueba (MCJ-2026-0001) Approved',
    ]);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute(
      'href',
      `/cases/${ana.id}/drafts?kind=bond-motion`,
    );
    expect(within(items[1]!).getByRole('link')).toHaveAttribute(
      'href',
      `/cases/${ana.id}/interviews/${syntheticUuid(721)}`,
    );
    cleanup();
    world([request(2, { state: 'returned' })]);
    await renderToday('es');
    expect(screen.getByRole('region', { name: /Su trabajo en revisión/ })).toHaveTextContent(
      'Memorando de entrevista · Ana Prueba (MCJ-2026-0001) Devuelto con comentarios',
    );
  });

  it('after a sign-in, says how many cases arrived and links to each (Spanish)', async () => {
    const ana = world();
    await renderToday('es', { arrivals: { caseIds: [ana.id], complete: true } });
    // Focus lands on the h1 after a sign-in: its description says what arrived.
    const title = screen.getByRole('heading', { level: 1, name: 'Hoy' });
    expect(title).toHaveAccessibleDescription('Llegó 1 caso de MCJ');
    // A labelled region, not a live one: it holds links and a button.
    const banner = screen.getByRole('region', { name: 'Llegó 1 caso de MCJ' });
    expect(banner).not.toHaveAttribute('role', 'status');
    expect(within(banner).getByRole('heading', { level: 2 })).toBeVisible();
    expect(
      within(banner).getByRole('link', { name: 'Ana Prueba (MCJ-2026-0001)' }),
    ).toHaveAttribute('href', `/cases/${ana.id}`);
    expect(screen.getByRole('region', { name: /Vencidos/ })).toHaveTextContent(
      'vencido hace 6 días',
    );
  });

  it('lists a last day rolled past a long weekend by its safe date, both labelled', async () => {
    rolledWorld('2027-01-08', 'en');
    await renderToday('en');
    const next = screen.getByRole('region', { name: /Next 7 days/ });
    const item = within(next)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Motion to reconsider'))!;
    expect(item).toHaveTextContent('7 days to the safe date');
    expect(item).toHaveTextContent('Last day: Jan 19, 2027 · Safe date: Jan 15, 2027');
    expect(within(next).queryByText(/overdue/)).toBeNull();
  });

  it('after the safe date, says so and counts to the last day, never "overdue" (Spanish)', async () => {
    rolledWorld('2027-01-18', 'es');
    await renderToday('es');
    expect(screen.getByRole('region', { name: /Vencidos/ })).not.toHaveTextContent(
      'reconsideración',
    );
    const next = screen.getByRole('region', { name: /Próximos 7 días/ });
    const item = within(next)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('reconsideración'))!;
    const tag = within(item).getByText('pasó la fecha segura: queda 1 día hasta el último día');
    expect(tag).toHaveClass('warn');
    expect(item).toHaveTextContent('Último día:');
    expect(item).toHaveTextContent('Fecha segura:');
  });

  it("asks for the judge's filing date for a detained client's coming hearing", async () => {
    const rosa = rolledWorld('2027-01-08', 'en');
    await renderToday('en');
    const enter = screen.getByRole('region', { name: /Dates to enter/ });
    expect(enter).toHaveTextContent('the judge sets the filing deadlines');
    const item = within(enter).getByRole('listitem');
    expect(item).toHaveTextContent('hearing on Jan 27, 2027');
    expect(item).toHaveTextContent('The filing deadline the judge set for this hearing');
    expect(within(item).getByRole('link', { name: 'Rosa Prueba (MCJ-2026-0003)' })).toHaveAttribute(
      'href',
      `/cases/${rosa.id}/file/court`,
    );
  });
});
