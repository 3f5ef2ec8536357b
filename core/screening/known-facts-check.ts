/** Where the client's "known no" and the lists disagree: the list wins, and the attorney is told. */
import type { CaseFile } from '../domain/case-file';
import type { LocalizedText } from '../law/law-schema';
import type { ScreeningWarning } from './screening-output';

const REMOVAL_ORDERS = new Set(['removal', 'expedited_removal', 'reinstatement', 'in_absentia']);

function warning(id: string, text: LocalizedText): ScreeningWarning {
  return {
    id: `known-facts.${id}`,
    severity: 'warning',
    defenseIds: [],
    text,
    citations: ['docs/domain.md: known facts'],
    verified: true,
    attorneyToConfirm: true,
  };
}

export function knownFactWarnings(c: CaseFile): ScreeningWarning[] {
  const known = c.knownFacts;
  const out: ScreeningWarning[] = [];
  if (known?.criminal?.everArrested === false && c.criminalEvents.length > 0) {
    out.push(
      warning('arrests', {
        en: 'The case file says the client was never arrested or charged, but it lists criminal events: screening uses the list. Correct one of them.',
        es: 'El expediente dice que su cliente nunca fue arrestado ni acusado, pero tiene antecedentes penales registrados: la evaluación usa la lista. Corrija uno de los dos.',
      }),
    );
  }
  const qualifying = c.family.some(
    (m) =>
      (m.relation === 'spouse' || m.relation === 'parent' || m.relation === 'child') &&
      (m.status === 'usc' || m.status === 'lpr'),
  );
  if (known?.family?.qualifyingRelativesInUs === false && qualifying) {
    out.push(
      warning('relatives', {
        en: 'The case file says there is no citizen or resident spouse, parent or child, but the family list has one: screening uses the list. Correct one of them.',
        es: 'El expediente dice que no hay cónyuge, padre, madre ni hijo ciudadano o residente, pero la lista de familia tiene uno: la evaluación usa la lista. Corrija uno de los dos.',
      }),
    );
  }
  const citizenAncestor = c.family.some(
    (m) => (m.relation === 'parent' || m.relation === 'grandparent') && m.status === 'usc',
  );
  if (known?.family?.citizenParentOrGrandparent === false && citizenAncestor) {
    out.push(
      warning('citizenAncestor', {
        en: 'The case file says no parent or grandparent was a US citizen, but the family list has one: screening uses the list (citizenship first).',
        es: 'El expediente dice que ningún padre, madre, abuelo ni abuela fue ciudadano, pero la lista de familia tiene uno: la evaluación usa la lista (primero la ciudadanía).',
      }),
    );
  }
  if (
    known?.history?.earlierOrders === false &&
    c.priorOrders.some((o) => REMOVAL_ORDERS.has(o.kind))
  ) {
    out.push(
      warning('orders', {
        en: 'The case file says the client was never ordered removed, but it lists an earlier order: screening uses the list.',
        es: 'El expediente dice que su cliente nunca tuvo una orden de deportación, pero registra una orden anterior: la evaluación usa la lista.',
      }),
    );
  }
  return out;
}
