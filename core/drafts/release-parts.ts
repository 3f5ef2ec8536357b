/** Release plan, medical risk and alternatives to detention, for parole and bond requests. */
import { medicalRiskList } from '../law/medical-risk';
import type { Content, DraftBuilder } from './draft-builder';
import { checklistAnswer, latestAnswer } from './draft-facts';
import { addressLine, custodyStatusLabel, longDate, yearsBetween } from './english-format';

export function releaseAddress(b: DraftBuilder): string | null {
  const address = b.caseFile.releasePlan.address ?? b.caseFile.identity.address;
  return address ? addressLine(address) : null;
}

export function sponsorRows(b: DraftBuilder): [string, Content][] {
  const plan = b.caseFile.releasePlan;
  return [
    ['Sponsor', b.value('sponsorName', plan.sponsorName)],
    ['Relationship', b.value('sponsorRelation', plan.sponsorRelation)],
    ['Immigration status', b.value('sponsorStatus', plan.sponsorStatus)],
    ['Address', b.value('sponsorAddress', plan.address ? addressLine(plan.address) : null)],
    ['Phone', b.value('sponsorPhone', plan.phone)],
  ];
}

/**
 * Conditions the client reported in the interview that appear on the historic risk lists, with
 * the CDC lists named where they list it. The Fraihat subclass is not named: the injunction was
 * reversed, so a letter does not cite it (the attorney's notes say why).
 */
export function reportedRiskConditions(b: DraftBuilder): string[] {
  const reported = latestAnswer(b.input.interviews, 'detained.health_conditions');
  if (!Array.isArray(reported)) return [];
  return medicalRiskList.conditions
    .filter((condition) => reported.includes(condition.id))
    .map((condition) => {
      const cdc = condition.sources
        .filter((s) => s !== 'fraihat')
        .map((s) => medicalRiskList.sourceDescriptions[s].label.en);
      return cdc.length > 0 ? `${condition.label.en} (${cdc.join('; ')})` : condition.label.en;
    });
}

/** One bullet per condition with its medications and records; pregnancy and age when known. */
export function medicalBullets(b: DraftBuilder): Content[][] {
  const { conditions, pregnant } = b.caseFile.medical;
  const lines: Content[][] = conditions.map((c) => [
    c.condition,
    '. Medications: ',
    b.value('medications', c.medications, `medications for ${c.condition}`),
    c.records ? `. Records: ${c.records}` : '',
    '.',
  ]);
  if (pregnant === true) lines.push(['The Respondent is pregnant.']);
  const dob = b.caseFile.identity.dateOfBirth;
  if (dob && yearsBetween(dob, b.input.today) > 55) {
    lines.push([`The Respondent is ${yearsBetween(dob, b.input.today)} years old.`]);
  }
  const medicines = latestAnswer(b.input.interviews, 'detained.medications');
  if (typeof medicines === 'string') {
    lines.push([
      `In the client interview, about medicines and whether the facility provides them: ${medicines}`,
    ]);
  }
  if (lines.length === 0) return [[b.gap('medicalRisk')]];
  return lines;
}

export function facilityConditions(b: DraftBuilder): Content[] {
  const answer = latestAnswer(b.input.interviews, 'detained.facility_conditions');
  return [b.value('facilityConditions', typeof answer === 'string' ? answer : null)];
}

/** The attorney's record of the client's answer on alternatives to detention. */
export function atdText(b: DraftBuilder): Content[] {
  const status = checklistAnswer(
    b.input.checklists,
    'humanitarian-parole',
    'humanitarian-parole.atd',
  );
  if (status === 'met') {
    return [
      'The Respondent agrees to comply with any alternative to detention ICE requires, such as check-ins or electronic monitoring.',
    ];
  }
  if (status === 'not_met') {
    return [
      'The Respondent has not agreed to alternatives to detention: ',
      b.gap('atdConsent'),
      '.',
    ];
  }
  return [b.gap('atdConsent')];
}

/** Where the client is held, only when the case file says detained; otherwise a mark. */
export function detentionText(b: DraftBuilder): Content[] {
  const custody = b.caseFile.custody;
  if (custody.status !== 'detained') {
    const status = custodyStatusLabel[custody.status];
    return [b.gap('detained', `custody status: the case file says "${status}"`), '.'];
  }
  return [
    'The Respondent has been detained at ',
    b.value('facility', custody.facility),
    custody.arrestDate ? ` since an ICE arrest on ${longDate(custody.arrestDate)}` : '',
    '.',
  ];
}
