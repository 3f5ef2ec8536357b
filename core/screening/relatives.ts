import type { CaseFile } from '../domain/case-file';
import type { FamilyMember } from '../domain/case-file-people';
import { isDay, yearsOld } from './date-facts';
import { UNKNOWN, type Unknown, anyOf } from './fact-types';

type Tri = boolean | Unknown;

function citizenOrResident(member: FamilyMember): Tri {
  if (member.status === 'usc' || member.status === 'lpr') return true;
  return member.status === 'unknown' ? UNKNOWN : false;
}

function ageOn(member: FamilyMember, date: string): number | null {
  return isDay(member.dateOfBirth) ? yearsOld(member.dateOfBirth, date) : null;
}

function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : UNKNOWN;
}

/** An empty family list says nothing: it usually means "not asked yet". */
function overFamily(c: CaseFile, test: (member: FamilyMember) => Tri): Tri {
  return c.family.length === 0 ? UNKNOWN : anyOf(c.family.map(test));
}

/**
 * 42B qualifying relative: US citizen or LPR spouse or parent, or child who is under 21 and
 * unmarried on the decision date (Matter of Isidro-Zamorano).
 */
export function qualifyingRelative42b(c: CaseFile, decisionDate: string): Tri {
  return overFamily(c, (member) => {
    if (member.relation === 'spouse' || member.relation === 'parent') {
      return citizenOrResident(member);
    }
    if (member.relation !== 'child') return false;
    const status = citizenOrResident(member);
    if (status === false) return false;
    const age = ageOn(member, decisionDate);
    const young: Tri = age === null ? UNKNOWN : age < 21;
    const unmarried: Tri = member.married === null ? UNKNOWN : !member.married;
    return and(status, and(young, unmarried));
  });
}

/** 212(h): US citizen or LPR spouse, parent, son or daughter of any age. */
export function relative212h(c: CaseFile): Tri {
  return overFamily(c, (member) =>
    member.relation === 'spouse' || member.relation === 'parent' || member.relation === 'child'
      ? citizenOrResident(member)
      : false,
  );
}

/**
 * Immediate relative of a US citizen: a citizen spouse, a citizen son or daughter 21 or older, or a
 * citizen parent when the client is unmarried and under 21.
 */
export function immediateRelativeUsc(
  c: CaseFile,
  today: string,
  clientUnder21: Tri,
  clientUnmarried: boolean | string | number,
): Tri {
  const unmarried: Tri =
    clientUnmarried === true || clientUnmarried === false ? clientUnmarried : UNKNOWN;
  return overFamily(c, (member) => {
    const citizen: Tri =
      member.status === 'usc' ? true : member.status === 'unknown' ? UNKNOWN : false;
    if (member.relation === 'spouse') return citizen;
    if (member.relation === 'child') {
      const age = ageOn(member, today);
      return and(citizen, age === null ? UNKNOWN : age >= 21);
    }
    if (member.relation === 'parent') return and(citizen, and(clientUnder21, unmarried));
    return false;
  });
}
