import { describe, expect, it } from 'vitest';
import { emptyCaseFile } from '../domain/case-file';
import { syntheticCaseFile, syntheticUuid, SYNTHETIC_CASE_ID } from '../domain/case-file.fixture';
import {
  checklist,
  detainedCase,
  detainedInterview,
  syntheticDraftInput,
} from './draft-input.fixture';
import { buildDraft } from './draft-registry';
import { draftKinds, REVIEW_MARK, type DraftKind } from './draft-types';
import { documentText, inlineText, placeholdersIn } from './plain-text';

const textOf = (kind: DraftKind, input = syntheticDraftInput()) =>
  documentText(buildDraft(kind, input).document);

const emptyCase = () =>
  emptyCaseFile({
    id: SYNTHETIC_CASE_ID,
    reference: 'MCJ-2026-0042',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });

describe('every draft', () => {
  it.each(draftKinds)('%s: A-number header, review mark, caption and cited authority', (kind) => {
    const { document } = buildDraft(kind, syntheticDraftInput());
    expect(inlineText(document.header)).toBe('A-Number: A 012 345 678');
    expect(document.reviewMark).toBe(REVIEW_MARK);
    expect(REVIEW_MARK).toBe('DRAFT: ATTORNEY TO REVIEW');
    expect(document.citations.length).toBeGreaterThan(0);
    const text = documentText(document);
    expect(text).toContain('Prueba, Ana');
    expect(text).toContain('A 012 345 678');
    expect(text).toContain('Memphis Immigration Court');
    expect(document.title).not.toContain('Prueba');
  });

  it.each(draftKinds)('%s: one missing item per [[placeholder]], none invented', (kind) => {
    const result = buildDraft(kind, syntheticDraftInput({ caseFile: emptyCase(), profile: null }));
    const marks = placeholdersIn(result.document);
    expect(result.missing.reduce((sum, item) => sum + item.count, 0)).toBe(marks.length);
    expect(marks).toContain('A-number');
    expect(result.missing.map((m) => m.id)).toContain('aNumber');
    expect(inlineText(result.document.header)).toBe('A-Number: [[A-number]]');
  });

  it('lists what is missing with where to fill it', () => {
    const result = buildDraft(
      'motion-to-continue',
      syntheticDraftInput({ caseFile: emptyCase(), profile: null }),
    );
    const byId = new Map(result.missing.map((m) => [m.id, m]));
    expect(byId.get('court')?.target).toEqual({ kind: 'case', section: 'court' });
    expect(byId.get('nextHearing')?.target).toEqual({ kind: 'case', section: 'court' });
    expect(byId.get('judge')?.target).toEqual({ kind: 'case', section: 'court' });
    expect(byId.get('attorneyEoirId')?.target).toEqual({ kind: 'profile' });
    expect(byId.get('dhsPosition')?.target).toEqual({ kind: 'document' });
  });
});

describe('motion to continue', () => {
  const master = syntheticUuid(3);
  const chosen = (id: string | null = master) =>
    syntheticDraftInput({ options: { continueHearingId: id } });

  it('asks which hearing to continue instead of picking one', () => {
    const result = buildDraft('motion-to-continue', chosen(null));
    const text = documentText(result.document);
    expect(text).toContain('continue the [[hearing to continue (choose it before generating)]]');
    expect(result.missing.find((m) => m.id === 'hearingToContinue')?.target).toEqual({
      kind: 'options',
    });
  });

  it('continues the hearing the attorney chose, not the next one', () => {
    const individual = syntheticCaseFile().hearings[1]!;
    const text = textOf('motion-to-continue', chosen(individual.id));
    expect(text).toMatch(
      /continue the individual \(merits\) hearing scheduled for March 2, 2027, at \[\[hearing time\]\] Central/,
    );
    expect(text).not.toContain('continue the master calendar hearing');
  });

  it('fills the chosen hearing, judge and pending petitions with receipt numbers', () => {
    const text = textOf('motion-to-continue', chosen());
    expect(text).toContain(
      'continue the master calendar hearing scheduled for December 15, 2026, at 8:30 a.m. Central',
    );
    expect(text).toContain('Immigration Judge IJ Example');
    expect(text).toContain('receipt number IOE0912345678');
    expect(text).toContain('8 CFR 1003.29');
    expect(text).toContain("[[DHS's position on this motion]]");
    expect(text).toContain('NON-DETAINED');
  });

  it('marks a pending petition without a receipt number', () => {
    const base = syntheticCaseFile();
    const caseFile = {
      ...base,
      priorFilings: base.priorFilings.map((f) => ({ ...f, receiptNumber: null })),
    };
    const result = buildDraft('motion-to-continue', syntheticDraftInput({ caseFile }));
    expect(documentText(result.document)).toContain('[[receipt number of the Form I-130');
    expect(result.missing.find((m) => m.id === 'receiptNumber')?.target).toEqual({
      kind: 'case',
      section: 'filings',
    });
  });
});

describe('bond motion', () => {
  it('argues the chosen bond path and warns to confirm the volatile law', () => {
    const text = textOf('bond-motion', syntheticDraftInput({ caseFile: detainedCase() }));
    expect(text).toContain('redetermine custody under INA 236(a), 8 CFR 1236.1(d)');
    expect(text).toContain('ICE set bond at $10,000');
    expect(text).toContain('has been detained at Adams County Detention Center');
    for (const name of ['Yajure Hurtado', 'Buenrostro-Mendez', 'Maldonado Bautista']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('[[Confirm current law before filing');
    expect(text).toContain('Matter of Guerra, 24 I&N Dec. 37 (BIA 2006)');
    expect(text).toContain('Poultry plant in Forest, MS, since 2015');
    expect(text).toContain('never missing a court or ICE appointment');
  });

  it('never computes a path: undecided, parole-only and a non-detained client stay marked', () => {
    const undecided = {
      ...detainedCase(),
      custody: { ...detainedCase().custody, bondPath: 'undecided' as const },
    };
    expect(textOf('bond-motion', syntheticDraftInput({ caseFile: undecided }))).toContain(
      '[[bond path chosen by the attorney]]',
    );
    const parole = {
      ...detainedCase(),
      custody: { ...detainedCase().custody, bondPath: 'parole_only' as const },
    };
    expect(textOf('bond-motion', syntheticDraftInput({ caseFile: parole }))).toContain(
      'the bond path on file is "parole request only"',
    );
    expect(textOf('bond-motion')).toContain(
      '[[custody status: the case file says "released on recognizance"]]',
    );
  });

  it('numbers exhibits from the evidence marked received in the bond checklist', () => {
    const checklists = [checklist('bond', {}, ['bond.doc-sponsor', 'bond.doc-work'])];
    const text = textOf(
      'bond-motion',
      syntheticDraftInput({ caseFile: detainedCase(), checklists }),
    );
    expect(text).toContain(
      'Exhibit A: Sponsor letter, sponsor ID and status, lease or utility bill',
    );
    expect(text).toContain('Exhibit B: Employer letter, pay stubs, tax returns');
    expect(text).toContain('1. Fixed address (Exhibit A)');
    expect(text).not.toContain('[[exhibits');
  });
});

describe('parole request', () => {
  it('addresses the Field Office Director with medical risk, release plan and ATD consent', () => {
    const checklists = [
      checklist('humanitarian-parole', { 'humanitarian-parole.atd': { status: 'met' } }, []),
    ];
    const text = textOf(
      'parole-request',
      syntheticDraftInput({ caseFile: detainedCase(), checklists }),
    );
    expect(text).toContain('Field Office Director');
    expect(text).toContain('ERO New Orleans (Jackson sub-office)');
    expect(text).toContain('INA 212(d)(5)(A)');
    expect(text).toContain('Type 2 diabetes. Medications: Metformin');
    expect(text).toContain('Diabetes (type 1 or 2) (CDC 2020: at increased risk');
    expect(text).toContain('Sponsor: Beto Ejemplo');
    expect(text).toContain("Address: [[sponsor's address]]");
    expect(text).toContain('Crowded dorm; several people sick last week.');
    expect(text).toContain('agrees to comply with any alternative to detention');
    expect(text).toContain('Canary Testperson, child, U.S. citizen');
  });

  it('marks ATD consent when the attorney has not recorded it', () => {
    const text = textOf('parole-request', syntheticDraftInput({ caseFile: detainedCase() }));
    expect(text).toContain('[[consent to alternatives to detention]]');
  });
});

describe('criminal history', () => {
  it('says "none" only when the client said so, and marks it otherwise', () => {
    const caseFile = { ...detainedCase(), criminalEvents: [] };
    expect(textOf('bond-motion', syntheticDraftInput({ caseFile, interviews: [] }))).toContain(
      '[[criminal history (none recorded; confirm)]]',
    );
    const said = detainedInterview();
    const answers = {
      ...said.session.answers,
      'intake.ever_arrested': { value: false, updatedAt: '2026-11-21T00:00:00.000Z' },
    };
    const interviews = [{ ...said, session: { ...said.session, answers } }];
    expect(textOf('bond-motion', syntheticDraftInput({ caseFile, interviews }))).toContain(
      'No arrests, charges or convictions, per the client interview',
    );
  });
});

describe('data sheets and the PD request', () => {
  it('EOIR-28: profile, scope and appearance type from the screen', () => {
    const text = textOf(
      'eoir-28-sheet',
      syntheticDraftInput({
        options: { eoir28Scope: 'custody_only', eoir28Appearance: 'primary' },
      }),
    );
    expect(text).toContain('EOIR ID (eRegistry): AB123456');
    expect(text).toContain('Bar number(s) and state(s): MS 109876');
    expect(text).toContain('Scope: Custody and bond proceedings only');
    expect(text).toContain('Type of appearance: Primary attorney');
    expect(text).toContain('Address: 100 Example St, Jackson, MS 39201');
    expect(text).toContain('ECAS');
    expect(textOf('eoir-28-sheet')).toContain('Scope: [[scope of representation]]');
  });

  it('EOIR-33: new address within 5 days, AR-11 to DHS within 10 days', () => {
    const text = textOf('eoir-33-sheet');
    expect(text).toContain('New address: 100 Example St, Jackson, MS 39201');
    expect(text).toContain('New phone: (601) 555-0142');
    expect(text).toContain('within 5 days of the move');
    expect(text).toContain('AR-11');
    expect(text).toContain('within 10 days of the move');
    expect(text).toContain('[[date of the move]]');
  });

  it('PD request: says current OPLA guidance is unverified', () => {
    const text = textOf(
      'pd-request',
      syntheticDraftInput({ options: { pdAction: 'joint_closure' } }),
    );
    expect(text).toContain('Current OPLA prosecutorial discretion guidance is unverified');
    expect(text).toContain('joining a motion to administratively close these proceedings');
    expect(text).toContain('Office of the Principal Legal Advisor');
  });
});

describe('interview memo', () => {
  it('reports screening as "Possible: attorney to confirm" with rules, facts and sources', () => {
    const caseFile = {
      ...syntheticCaseFile(),
      flags: { ...syntheticCaseFile().flags, asylumProtected: false },
    };
    const text = textOf('interview-memo', syntheticDraftInput({ caseFile }));
    expect(text).toContain('Screening result: Possible: attorney to confirm');
    expect(text).toMatch(/\(R21\) — Possible: attorney to confirm/);
    expect(text).toContain(
      'USCIS petition pending or approved (I-130, I-140, I-360, I-918, I-914): Yes (case file)',
    );
    expect(text).toContain('Authority: 8 CFR 1003.18(c)');
  });

  it('includes interview answers and section notes', () => {
    const text = textOf('interview-memo');
    expect(text).toContain('Detained client (version 1)');
    expect(text).toContain(
      'Health conditions the client reports: Diabetes (type 1 or 2); High blood pressure',
    );
    expect(text).toContain('Notes: Sponsor can drive the client home from the facility.');
    expect(text).toContain('Interpreter: Iris Interprete (Mam)');
    expect(text).toContain('[[supervising attorney]]');
  });

  it('marks a memo with no interview', () => {
    const result = buildDraft('interview-memo', syntheticDraftInput({ interviews: [] }));
    expect(documentText(result.document)).toContain('[[a client interview]]');
    expect(result.missing.find((m) => m.id === 'interview')?.target).toEqual({
      kind: 'interviews',
    });
  });
});

describe('approximate dates in drafts', () => {
  it('writes a month-only or year-only date without inventing a day', () => {
    const input = syntheticDraftInput();
    const caseFile = {
      ...input.caseFile,
      entries: [
        { ...input.caseFile.entries[0]!, date: '2016-03-01', datePrecision: 'month' as const },
      ],
      priorOrders: [
        {
          id: '5f1c4c8e-2d7b-4a51-9a33-0c1d2e3f4a5b',
          kind: 'removal' as const,
          date: '2012-01-01',
          datePrecision: 'year' as const,
        },
      ],
    };
    const text = textOf('parole-request', syntheticDraftInput({ caseFile }));
    expect(text).toContain('since March 2016');
    expect(text).not.toContain('March 1, 2016');
  });
});

describe('the client and custody as the case file has them', () => {
  it.each(['parole-request', 'pd-request', 'bond-motion', 'motion-to-continue'] as const)(
    '%s names the client in natural order in its sentences',
    (kind) => {
      const text = textOf(kind, syntheticDraftInput({ caseFile: detainedCase() }));
      expect(text).toMatch(/(I represent|The Respondent,) Ana Prueba\b/);
      expect(text).not.toMatch(/(I represent|The Respondent,) Prueba, Ana/);
    },
  );

  it('keeps the name as on the NTA (family name first) in the caption', () => {
    expect(textOf('motion-to-continue')).toContain('In the Matter of:\nPrueba, Ana');
  });

  it.each(['motion-to-continue', 'pd-request', 'eoir-28-sheet'] as const)(
    '%s marks custody as missing when the case file does not know it, never "non-detained"',
    (kind) => {
      const caseFile = { ...syntheticCaseFile(), custody: { status: 'unknown' as const } };
      const result = buildDraft(kind, syntheticDraftInput({ caseFile }));
      const text = documentText(result.document);
      expect(text).not.toContain('NON-DETAINED');
      expect(text).toContain('[[custody status: detained or not]]');
      expect(result.missing.find((m) => m.id === 'custodyStatus')?.target).toEqual({
        kind: 'case',
        section: 'custody',
      });
    },
  );

  it('writes a month-only date fact in the screening memo as "March 2016"', () => {
    const input = syntheticDraftInput();
    const caseFile = {
      ...input.caseFile,
      immigrationStatus: { current: 'none' as const },
      entries: [
        { ...input.caseFile.entries[0]!, date: '2010-03-01', datePrecision: 'month' as const },
      ],
      departures: [],
      criminalEvents: [],
      nta: { ...input.caseFile.nta, hearingTimeOnNta: 'tbd' as const },
    };
    const text = textOf('interview-memo', syntheticDraftInput({ caseFile, interviews: [] }));
    expect(text).toContain('First entry date: March 2010');
  });
});

describe('review mark', () => {
  it.each(draftKinds)(
    '%s: no tool name on a filing, and no mark once the attorney approves',
    (kind) => {
      const unapproved = buildDraft(kind, syntheticDraftInput()).document;
      // Only the memo to the supervisor says which screening rules ran.
      if (kind !== 'interview-memo') expect(documentText(unapproved)).not.toMatch(/Amparo/);
      const approved = buildDraft(kind, syntheticDraftInput({ approved: true })).document;
      expect(approved.reviewMark).toBeNull();
      expect(documentText(approved)).not.toContain(REVIEW_MARK);
    },
  );
});

describe("the attorney's profile", () => {
  it('prints the mailing address under the name, line by line', () => {
    const text = textOf('motion-to-continue');
    expect(text).toContain(
      'Vera Abogada\nEOIR ID: AB123456\nBar number: MS 109876\nMCJ Volunteer Program\n5 Old River Place',
    );
  });

  it('marks a missing mailing address and sends the attorney to the profile for it', () => {
    const input = syntheticDraftInput();
    const result = buildDraft(
      'motion-to-continue',
      syntheticDraftInput({ profile: { ...input.profile!, mailingAddress: '' } }),
    );
    expect(documentText(result.document)).toContain("[[attorney's mailing address]]");
    expect(result.missing.find((m) => m.id === 'attorneyAddress')?.target).toEqual({
      kind: 'profile',
    });
  });
});
