import { createHash, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { expectAccessible } from '../support/axe';
import { ApiDevice, noteRevision, signInToConsole } from '../support/console';
import { expect, test, type Page } from '../support/test';

// The supervisors' caseload screens (issue 18) in English and Spanish: the dashboard with a
// filter on, the hearings calendar by week and by month, the case view with its closing form, a
// closed case, the review queue, a case's review page with a comment being written, and the
// reports. Axe: no WCAG 2.2 A/AA violation of any impact, on the whole document. Screenshots are
// written only with AMPARO_UPDATE_SCREENSHOTS=1 (docs/screenshots/console-*-en|es.png).
const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';

test.use({ bypassCSP: true, viewport: { width: 1280, height: 860 } });
test.setTimeout(300_000);

const words = {
  en: {
    language: 'English',
    cases: 'Cases',
    calendar: 'Hearings',
    reports: 'Reports',
    review: 'Review',
    waiting: /^Waiting for review/,
    week: 'Week',
    month: 'Month',
    showAll: 'Show decided and changed work too',
    reviewTitle: (reference: string) => `Review of case ${reference}`,
    commentOn: 'Comment on paragraph 1',
    openCase: (reference: string) => `Open case ${reference}`,
    outcome: 'Outcome',
    close: 'Close the case',
    closed: /Closed on/,
    reason: 'Why reopen it',
    reopen: 'Reopen the case',
  },
  es: {
    language: 'Español',
    cases: 'Casos',
    calendar: 'Audiencias',
    reports: 'Informes',
    review: 'Revisión',
    waiting: /^Pendientes de revisión/,
    week: 'Semana',
    month: 'Mes',
    showAll: 'Mostrar también el trabajo decidido o cambiado',
    reviewTitle: (reference: string) => `Revisión del caso ${reference}`,
    commentOn: 'Comentar el párrafo 1',
    openCase: (reference: string) => `Abrir el caso ${reference}`,
    outcome: 'Resultado',
    close: 'Cerrar el caso',
    closed: /Cerrado el/,
    reason: 'Motivo para reabrirlo',
    reopen: 'Reabrir el caso',
  },
} as const;

async function check(page: Page, screen: string, language: 'en' | 'es') {
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'document', `${screen} in ${language}`);
  if (updateShots)
    await page.screenshot({ path: `${shots}/console-${screen}-${language}.png`, fullPage: false });
}

const mark = (text: string) => createHash('sha256').update(text).digest('hex');
let reference = '';

test.beforeAll(async () => {
  // A memo marked ready on one of attorney 1's cases, with a draft waiting beside it.
  const supervisor = await ApiDevice.signIn('supervisor');
  const attorney = await ApiDevice.signIn('attorney1');
  const { cases } = await supervisor.request<{
    cases: { id: string; reference: string; assignedUserIds: string[] }[];
  }>('GET', '/v1/admin/cases');
  const target = cases.filter((c) => c.assignedUserIds.includes(attorney.userId))[0]!;
  reference = target.reference;
  const note = noteRevision(
    target.id,
    'The client crossed at Laredo in 2021.\n\nShe asked for a Mam interpreter for the hearing.',
  );
  const interviewId = randomUUID();
  const create = (entity: string, body: Record<string, unknown>) => ({
    kind: 'create',
    entity,
    entityId: body['id'],
    caseId: target.id,
    baseVersion: 0,
    patch: { set: {} },
    body,
  });
  const review = (subject: Record<string, unknown>) => ({
    id: randomUUID(),
    caseId: target.id,
    subject,
    state: 'ready',
    contentHash: mark(randomUUID()),
    readyBy: attorney.userId,
    readyAt: new Date().toISOString(),
  });
  const pushed = await attorney.push([
    note,
    create('interview', {
      id: interviewId,
      caseId: target.id,
      templateId: 'first-intake',
      templateVersion: 1,
      clientLanguage: { code: 'es' },
      state: 'draft',
      startedAt: new Date().toISOString(),
      answers: {},
      sectionNotes: { opening: note.body.noteId },
      addenda: [],
    }),
    create('review', review({ kind: 'interview', interviewId })),
    create('review', review({ kind: 'draft', draftKind: 'bond-motion' })),
  ]);
  expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
});

test('the caseload, calendar, case, closing, review and reports screens pass axe in English and Spanish', async ({
  page,
}) => {
  await signInToConsole(page, 'supervisor');
  for (const language of ['en', 'es'] as const) {
    const w = words[language];
    await page.getByRole('button', { name: w.language }).click();

    await page.getByRole('link', { name: w.cases, exact: true }).click();
    await page.getByLabel(w.waiting).check();
    await expect(page.getByRole('link', { name: reference, exact: true })).toBeVisible();
    await check(page, 'dashboard', language);

    await page.getByRole('link', { name: w.calendar, exact: true }).click();
    await page.getByLabel(w.week, { exact: true }).check();
    await check(page, 'calendar-week', language);
    await page.getByLabel(w.month, { exact: true }).check();
    await check(page, 'calendar-month', language);

    await page.getByRole('link', { name: w.review, exact: true }).click();
    await expect(page.getByRole('link', { name: reference, exact: true }).first()).toBeVisible();
    await check(page, 'review-queue', language);
    await page.getByLabel(w.showAll).check();
    await page.getByRole('link', { name: reference, exact: true }).first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: w.reviewTitle(reference) }),
    ).toBeVisible();
    await page.getByRole('button', { name: w.commentOn }).first().click();
    await expect(page.getByRole('textbox', { name: w.commentOn }).first()).toBeVisible();
    await check(page, 'case-review', language);

    await page.getByRole('link', { name: w.openCase(reference) }).click();
    await expect(page.getByLabel(w.outcome)).toBeVisible();
    await check(page, 'case-closing', language);
    // Closed (then reopened, so that the other screens and specs find the case open).
    await page.getByLabel(w.outcome).selectOption({ index: 6 });
    await page.getByRole('button', { name: w.close }).click();
    await expect(page.getByRole('status').filter({ hasText: w.closed })).toBeVisible();
    await check(page, 'case-closed', language);
    await page.getByLabel(w.reason).fill('Recorded for the screen check.');
    await page.getByRole('button', { name: w.reopen }).click();
    await expect(page.getByLabel(w.outcome)).toBeVisible();

    await page.getByRole('link', { name: w.reports, exact: true }).click();
    await expect(page.locator('table').first()).toBeVisible();
    await check(page, 'reports', language);
  }
});
