import type { ScreeningBarInput } from './rule-schema';
import { REVIEW_2026_12_06, all, any, changed, fact, text } from './rule-builders';

const YLAR = 'Matter of Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270 (A.G. 2002)';
const newBar = (en: string, es: string, citations: string[]) => [
  changed(REVIEW_2026_12_06, en, es, citations),
];

/**
 * Bars that take defenses away. Whether a conviction is an aggravated felony or a particularly
 * serious crime is the attorney's call, recorded on each criminal event; until then the bars only
 * warn ("possibly barred").
 */
export const bars: ScreeningBarInput[] = [
  {
    id: 'B01',
    title: text(
      'Asylum barred: aggravated felony or particularly serious crime',
      'Asilo impedido: delito grave agravado o delito particularmente grave',
    ),
    when: any(fact('aggravatedFelony'), fact('particularlySeriousCrime')),
    possibleWhen: any(fact('possibleAggravatedFelony'), fact('possibleParticularlySeriousCrime')),
    defenseIds: ['asylum'],
    reason: text(
      'A conviction of an aggravated felony counts as a particularly serious crime for asylum, and a particularly serious crime bars asylum. Withholding (unless the crime is particularly serious for withholding too) and CAT remain.',
      'Una condena por delito grave agravado cuenta como delito particularmente grave para el asilo, y un delito particularmente grave impide el asilo. Quedan la suspensión de la remoción (salvo que el delito también sea particularmente grave para ella) y la CAT.',
    ),
    possibleReason: text(
      'If the attorney decides a conviction is an aggravated felony or a particularly serious crime, asylum is barred.',
      'Si el abogado decide que una condena es un delito grave agravado o un delito particularmente grave, el asilo queda impedido.',
    ),
    citations: ['INA 208(b)(2)(A)(ii)', 'INA 208(b)(2)(B)(i)'],
    verified: true,
    changes: newBar(
      'New: an aggravated felony or particularly serious crime marked by the attorney removes asylum from every candidate; undecided facts that suggest one give a "possibly barred" warning.',
      'Nuevo: un delito grave agravado o particularmente grave marcado por el abogado quita el asilo de todos los candidatos; los hechos sin decidir que lo sugieren dan un aviso de "posible impedimento".',
      ['INA 208(b)(2)(A)(ii)', 'INA 208(b)(2)(B)(i)'],
    ),
  },
  {
    id: 'B02',
    title: text(
      'Withholding barred: particularly serious crime (CAT deferral stays)',
      'Suspensión de la remoción impedida: delito particularmente grave (el aplazamiento bajo CAT sigue)',
    ),
    when: fact('particularlySeriousCrime'),
    possibleWhen: fact('possibleParticularlySeriousCrime'),
    defenseIds: ['withholding-241b3'],
    reason: text(
      'A particularly serious crime bars withholding under INA 241(b)(3) and CAT withholding; an aggravated felony (or felonies) with sentences totalling 5 years or more always is one, and drug trafficking is presumed to be one. Only CAT deferral remains.',
      'Un delito particularmente grave impide la suspensión bajo la INA 241(b)(3) y la suspensión bajo CAT; un delito grave agravado (o varios) con condenas que suman 5 años o más siempre lo es, y el narcotráfico se presume. Solo queda el aplazamiento bajo CAT.',
    ),
    possibleReason: text(
      'If the attorney decides a conviction is a particularly serious crime, withholding and CAT withholding are barred and only CAT deferral remains.',
      'Si el abogado decide que una condena es un delito particularmente grave, la suspensión y la suspensión bajo CAT quedan impedidas y solo queda el aplazamiento bajo CAT.',
    ),
    narrows: [
      {
        defenseId: 'cat',
        text: text(
          'A particularly serious crime bars CAT withholding: only CAT deferral remains (8 CFR 1208.17), which has no criminal bars but is easier to end.',
          'Un delito particularmente grave impide la suspensión bajo CAT: solo queda el aplazamiento bajo CAT (8 CFR 1208.17), que no tiene impedimentos penales pero es más fácil de terminar.',
        ),
      },
    ],
    citations: ['INA 241(b)(3)(B)(ii)', '8 CFR 1208.16(d)(2)', '8 CFR 1208.17', YLAR],
    verified: true,
    changes: newBar(
      'New: a particularly serious crime removes withholding and limits CAT to deferral; aggravated felonies with sentences totalling 5 years or more count by statute.',
      'Nuevo: un delito particularmente grave quita la suspensión y limita la CAT al aplazamiento; los delitos graves agravados con condenas que suman 5 años o más cuentan por ley.',
      ['INA 241(b)(3)(B)', '8 CFR 1208.16(d)(2)', '8 CFR 1208.17', YLAR],
    ),
  },
  {
    id: 'B03',
    title: text(
      'Mandatory detention under INA 236(c): no bond, no parole (Joseph hearing)',
      'Detención obligatoria bajo la INA 236(c): sin fianza ni parole (audiencia Joseph)',
    ),
    when: any(
      fact('heldUnder236c'),
      all(
        fact('lakenRileyOffense'),
        any(fact('enteredWithoutInspection'), fact('noDocumentsOrFraud')),
      ),
    ),
    defenseIds: ['bond', 'humanitarian-parole'],
    reason: text(
      'A person held under INA 236(c), the Laken Riley ground (236(c)(1)(E)) included, cannot be released on bond or parole; release only as INA 236(c)(2) allows. Contest the classification at a Joseph hearing.',
      'Una persona detenida bajo la INA 236(c), incluida la causal Laken Riley (236(c)(1)(E)), no puede salir con fianza ni con parole; solo como permite la INA 236(c)(2). Impugne la clasificación en una audiencia Joseph.',
    ),
    possibleReason: text(
      'If the client is held under INA 236(c), bond and parole are not available.',
      'Si su cliente está detenido bajo la INA 236(c), la fianza y el parole no están disponibles.',
    ),
    citations: [
      'INA 236(c)(1)(E)',
      'INA 236(c)(2)',
      'Matter of Joseph, 22 I&N Dec. 799 (BIA 1999)',
    ],
    verified: true,
    changes: newBar(
      'New: when the client is held under 236(c), or the Laken Riley facts hold, bond and humanitarian parole are listed as not available, with the Joseph hearing as the route.',
      'Nuevo: cuando su cliente está detenido bajo la 236(c), o se dan los hechos de la Ley Laken Riley, la fianza y el parole humanitario figuran como no disponibles, con la audiencia Joseph como vía.',
      ['INA 236(c)(2)'],
    ),
  },
];
