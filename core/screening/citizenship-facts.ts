/**
 * Citizenship routes the case file can now express: acquisition at birth abroad through a citizen
 * parent (or a parent who acquired it from a citizen grandparent), and INA 320 (a citizen parent,
 * permanent residence and that parent's legal and physical custody, all before 18, on or after
 * 2001-02-27). Each is possible, never decided: "attorney to confirm".
 */
import { addYears, compareDates } from '../deadlines/calendar-date';
import type { CaseFile } from '../domain/case-file';
import type { FamilyMember } from '../domain/case-file-people';
import { type Parentage, transmissionRulesFor } from '../law/acquisition-rules';
import type { LocalizedText } from '../law/law-schema';
import { type Tri, isDay } from './date-facts';
import { type PartialFacts, UNKNOWN, anyOf } from './fact-types';

/** INA 320 as amended by the Child Citizenship Act applies to people under 18 on this date. */
export const CCA_EFFECTIVE = '2001-02-27';

const tri = (value: boolean | null | undefined): Tri =>
  value === true || value === false ? value : UNKNOWN;

function and(...values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : UNKNOWN;
}

const parents = (c: CaseFile) => c.family.filter((m) => m.relation === 'parent');

/** The parent was a citizen before the client turned 18 (by birth, acquisition or naturalization). */
function citizenBefore(member: FamilyMember, date: string): Tri {
  if (member.uscAtClientBirth === true) return true;
  if (member.status === 'unknown') return UNKNOWN;
  if (member.status !== 'usc') return false;
  if (!isDay(member.statusSince)) return UNKNOWN;
  return compareDates(member.statusSince, date) < 0;
}

function ina320(c: CaseFile): Tri {
  const dob = c.identity.dateOfBirth;
  if (!isDay(dob)) return UNKNOWN;
  const turned18 = addYears(dob, 18, 'earlier');
  if (compareDates(turned18, CCA_EFFECTIVE) <= 0) return false;
  const status = c.immigrationStatus;
  const lprSince = status.lprSince;
  const lprBefore18: Tri = isDay(lprSince)
    ? compareDates(lprSince, turned18) < 0
    : status.current === 'unknown' ||
        status.current === 'lpr' ||
        status.current === 'conditional_lpr'
      ? UNKNOWN
      : false;
  const list = parents(c);
  if (list.length === 0) return UNKNOWN;
  return anyOf(
    list.map((p) => and(citizenBefore(p, turned18), lprBefore18, tri(p.clientInCustody320))),
  );
}

function bornAbroad(c: CaseFile): Tri {
  const country = c.identity.countryOfBirth;
  if (!country) return UNKNOWN;
  return country !== 'US';
}

function acquisition(c: CaseFile): Tri {
  const abroad = bornAbroad(c);
  if (abroad === false) return false;
  const list = parents(c);
  const viaParent = list.map((p) =>
    and(abroad, tri(p.uscAtClientBirth), p.physicalPresenceMet === false ? false : true),
  );
  const grandparents = c.family.filter((m) => m.relation === 'grandparent');
  // A citizen grandparent only opens the question (did the parent acquire?); never decides it.
  const viaGrandparent: Tri[] = grandparents.some((g) => g.uscAtParentBirth === true)
    ? [UNKNOWN]
    : [];
  const all = [...viaParent, ...viaGrandparent];
  if (all.length === 0) return UNKNOWN;
  const result = anyOf(all);
  if (result === false && list.some((p) => p.uscAtClientBirth == null)) return UNKNOWN;
  return result;
}

export function citizenshipFacts(c: CaseFile): PartialFacts {
  return { ina320Conditions: ina320(c), acquisitionAtBirthPossible: acquisition(c) };
}

/** The family list does not record which parent is the mother, so unmarried shows both rules. */
function parentage(c: CaseFile): Parentage[] {
  const married = c.identity.parentsMarriedAtBirth;
  const bothCitizens = parents(c).filter((p) => p.uscAtClientBirth === true).length >= 2;
  if (married === true) return [bothCitizens ? 'married-both-citizens' : 'married-one-citizen'];
  const outside: Parentage[] = ['unmarried-citizen-mother', 'unmarried-citizen-father'];
  if (married === false) return outside;
  return ['married-one-citizen', 'married-both-citizens', ...outside];
}

/** Notes for R01: the transmission rule for the client's birth date, and the INA 320 reading. */
export function citizenshipNotes(c: CaseFile): LocalizedText[] {
  const notes: LocalizedText[] = [];
  const dob = c.identity.dateOfBirth;
  const citizenParent = parents(c).some((p) => p.uscAtClientBirth === true);
  if (citizenParent && isDay(dob) && bornAbroad(c) !== false) {
    for (const rule of transmissionRulesFor(dob, parentage(c))) {
      notes.push({
        en: `Born ${dob}: ${rule.requirement.en} (${rule.verified ? 'verified' : 'unverified: confirm against the chart'})`,
        es: `Nacimiento el ${dob}: ${rule.requirement.es} (${rule.verified ? 'verificado' : 'sin verificar: confírmelo con la tabla'})`,
      });
    }
  }
  if (c.family.some((m) => m.relation === 'grandparent' && m.uscAtParentBirth === true)) {
    notes.push({
      en: "A grandparent was a citizen when the client's parent was born: check whether the parent acquired citizenship under the law in force at the parent's birth, then whether the parent passed it on under the rule for the client's birth date.",
      es: 'Un abuelo o abuela era ciudadano cuando nació el padre o la madre de su cliente: revise si ese padre o madre adquirió la ciudadanía según la ley vigente en su nacimiento, y luego si la transmitió según la regla para la fecha de nacimiento de su cliente.',
    });
  }
  const conditions = ina320(c);
  if (conditions === true) {
    notes.push({
      en: 'INA 320: a citizen parent, permanent residence and that parent’s legal and physical custody before 18 all appear in the case file. If they were met at the same time, the client became a citizen automatically.',
      es: 'INA 320: en el expediente constan un padre o madre ciudadano, la residencia permanente y la custodia legal y física de ese padre o madre antes de los 18. Si se cumplieron al mismo tiempo, su cliente se hizo ciudadano automáticamente.',
    });
  } else if (parents(c).some((p) => p.clientInCustody320 === false)) {
    notes.push({
      en: 'INA 320: the case file says the client did not live in the citizen parent’s legal and physical custody; check former INA 321 if the client turned 18 before 2001-02-27.',
      es: 'INA 320: el expediente dice que su cliente no vivió bajo la custodia legal y física del padre o la madre ciudadano; revise la antigua INA 321 si cumplió 18 antes del 2001-02-27.',
    });
  }
  return notes;
}
