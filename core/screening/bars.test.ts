import { describe, expect, it } from 'vitest';
import { type CaseFile, emptyCaseFile } from '../domain/case-file';
import type { CriminalEvent } from '../domain/case-file-history';
import { screenWith } from './screening.test-support';

const TODAY = '2026-11-27';
let counter = 700;
const id = () => `00000000-0000-4000-8000-${String(counter++).padStart(12, '0')}`;

const fear = {
  'intake.fear_of_return': { value: true },
  'fear.officials_involved': { value: true },
};

function withEvents(...events: Partial<CriminalEvent>[]): CaseFile {
  const file = emptyCaseFile({
    id: id(),
    reference: 'MCJ-2026-0101',
    familyName: 'Testperson',
    givenNames: 'Canary',
  });
  return {
    ...file,
    entries: [{ id: id(), date: '2026-06-01', manner: 'ewi', borderEvents: [] }],
    criminalEvents: events.map((event) => ({
      id: id(),
      offense: 'Example offense',
      disposition: 'convicted' as const,
      documentsHeld: true,
      ...event,
    })),
  };
}

const defenses = (c: CaseFile) =>
  new Set(screenWith(c, fear, { today: TODAY }).candidates.flatMap((cand) => cand.defenseIds));

describe('criminal bars in fear screening (attorney-decided)', () => {
  it('an aggravated felony with a 6-year sentence removes asylum and withholding; CAT deferral stays', () => {
    const c = withEvents({
      offense: 'Aggravated robbery',
      aggravatedFelony: true,
      sentenceDays: 6 * 365,
    });
    const result = screenWith(c, fear, { today: TODAY });
    const offered = new Set(result.candidates.flatMap((cand) => cand.defenseIds));
    expect(offered.has('asylum')).toBe(false);
    expect(offered.has('withholding-241b3')).toBe(false);
    expect(offered.has('cat')).toBe(true);
    const cat = result.candidates.find((cand) => cand.defenseIds.includes('cat'));
    expect(cat?.notes.some((n) => n.en.includes('only CAT deferral remains'))).toBe(true);
    const b01 = result.notMet.find((n) => n.ruleId === 'B01');
    const b02 = result.notMet.find((n) => n.ruleId === 'B02');
    expect(b01?.defenseIds).toEqual(['asylum']);
    expect(b01?.reason.en).toMatch(/Aggravated felony \(attorney assessment\): yes/);
    expect(b02?.defenseIds).toEqual(['withholding-241b3']);
    expect(b02?.reason.en).toContain('6 years (INA 241(b)(3)(B))');
    expect(result.candidates.map((cand) => cand.ruleId)).toContain('R05');
  });

  it('an aggravated felony under 5 years bars asylum only: withholding is offered (R04)', () => {
    const c = withEvents({
      aggravatedFelony: true,
      particularlySeriousCrime: false,
      sentenceDays: 400,
    });
    const offered = defenses(c);
    expect(offered.has('asylum')).toBe(false);
    expect(offered.has('withholding-241b3')).toBe(true);
    const r04 = screenWith(c, fear, { today: TODAY }).candidates.find(
      (cand) => cand.ruleId === 'R04',
    );
    expect(r04?.triggeredBy.map((t) => t.fact)).toContain('aggravatedFelony');
  });

  it('a particularly serious crime marked by the attorney removes withholding', () => {
    const c = withEvents({ aggravatedFelony: false, particularlySeriousCrime: true });
    expect(defenses(c).has('withholding-241b3')).toBe(false);
    expect(defenses(c).has('cat')).toBe(true);
  });

  it('undecided facts that suggest a bar only warn "possibly barred", and the defenses stay', () => {
    const drugs = withEvents({ offense: 'Possession with intent to distribute cocaine' });
    const result = screenWith(drugs, fear, { today: TODAY });
    expect(new Set(result.candidates.flatMap((c) => c.defenseIds)).has('asylum')).toBe(true);
    const possible = result.warnings.filter((w) => w.id.startsWith('possible-bar.'));
    expect(possible.map((w) => w.id).sort()).toEqual(['possible-bar.B01', 'possible-bar.B02']);
    expect(possible[0]?.text.en).toContain('attorney to confirm');
    expect(possible.find((w) => w.id === 'possible-bar.B02')?.text.en).toContain('Y-L-');
  });

  it('theft with a sentence of a year or more, and sentences adding up to 5 years, suggest a bar', () => {
    const theft = withEvents({ offense: 'Theft', sentenceDays: 365 });
    const warn = screenWith(theft, fear, { today: TODAY }).warnings.find(
      (w) => w.id === 'possible-bar.B01',
    );
    expect(warn?.text.en).toContain('year or more');
    const shortTheft = withEvents({ offense: 'Theft', sentenceDays: 30 });
    expect(
      screenWith(shortTheft, fear, { today: TODAY }).warnings.some((w) =>
        w.id.startsWith('possible-bar'),
      ),
    ).toBe(false);
    const long = withEvents(
      { offense: 'Fraud', sentenceDays: 3 * 365 },
      { offense: 'Fraud', sentenceDays: 2 * 365 + 1 },
    );
    expect(
      screenWith(long, fear, { today: TODAY }).warnings.find((w) => w.id === 'possible-bar.B01')
        ?.text.en,
    ).toContain('add up to 5');
  });

  it('the attorney deciding "no" closes the question: no bar, no warning', () => {
    const c = withEvents({
      offense: 'Possession with intent to distribute cocaine',
      aggravatedFelony: false,
      particularlySeriousCrime: false,
    });
    const result = screenWith(c, fear, { today: TODAY });
    expect(result.warnings.some((w) => w.id.startsWith('possible-bar'))).toBe(false);
    expect(result.notMet.some((n) => n.kind === 'bar')).toBe(false);
    expect(new Set(result.candidates.flatMap((cand) => cand.defenseIds)).has('asylum')).toBe(true);
  });
});

describe('mandatory detention (R24, B03)', () => {
  it('held under 236(c): no bond or parole, a Joseph hearing instead', () => {
    const c: CaseFile = {
      ...withEvents(),
      custody: { status: 'detained', authority: '236c' },
      medical: { conditions: [], pregnant: true },
    };
    const result = screenWith(c, {}, { today: TODAY });
    const offered = new Set(result.candidates.flatMap((cand) => cand.defenseIds));
    expect(offered.has('humanitarian-parole')).toBe(false);
    expect(offered.has('bond')).toBe(false);
    expect(offered.has('joseph-hearing')).toBe(true);
  });

  it('R24 points to a Joseph hearing and says 236(c) allows no bond or parole', () => {
    const c: CaseFile = {
      ...withEvents({ offense: 'Shoplifting', disposition: 'pending' }),
      custody: { status: 'detained' },
    };
    const r24 = screenWith(c, {}, { today: TODAY }).candidates.find(
      (cand) => cand.ruleId === 'R24',
    );
    expect(r24?.defenseIds).toEqual(['joseph-hearing']);
    expect(r24?.caveats.map((cav) => cav.en).join(' ')).toMatch(/236\(c\)\(2\)/);
    expect(r24?.caveats.map((cav) => cav.en).join(' ')).not.toMatch(
      /consider humanitarian parole/i,
    );
  });
});
