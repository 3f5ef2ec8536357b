import type { ScreeningRuleInput } from './rule-schema';
import { all, any, fact, not, text } from './rule-builders';

export const rulesR19toR27: ScreeningRuleInput[] = [
  {
    id: 'R19',
    title: text(
      'Wrong allegations or a doubtful criminal charge: contest removability',
      'Alegaciones equivocadas o un cargo penal dudoso: impugnar la deportabilidad',
    ),
    when: any(fact('allegationsDisputed'), fact('criminalChargeDoubtful')),
    defenseIds: ['contest-removability'],
    caveats: [
      text(
        'Do not concede alienage without checking citizenship (R01). DHS must prove an admitted person deportable by clear and convincing evidence.',
        'No acepte la extranjería sin revisar la ciudadanía (R01). El DHS debe probar con pruebas claras y convincentes que una persona admitida es deportable.',
      ),
      text(
        'Test criminal charges with the categorical approach on the record of conviction.',
        'Analice los cargos penales con el enfoque categórico sobre el expediente de la condena.',
      ),
    ],
    citations: ['INA 240(c)(2)-(3)'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R20',
    title: text(
      'Voluntary departure at the end of the case',
      'Salida voluntaria al final del caso',
    ),
    when: all(
      fact('goodMoralCharacter5y'),
      fact('presenceOneYearBeforeNta'),
      fact('meansToDepart'),
      not(fact('aggravatedFelony')),
    ),
    defenseIds: ['voluntary-departure'],
    caveats: [
      text(
        'Consider it only when no other relief fits: it ends the case with a duty to leave. Voluntary departure before the end of the case (up to 120 days) has other requirements and must be asked for early.',
        'Considérela solo si no hay otro alivio: termina el caso con la obligación de salir. La salida voluntaria antes del final del caso (hasta 120 días) tiene otros requisitos y debe pedirse pronto.',
      ),
      text(
        'Failing to leave brings a $1,000 to $5,000 penalty and a 10-year bar; not posting the bond does not excuse departure. A motion to reopen or reconsider, or a petition for review, ends voluntary departure.',
        'Si no sale, hay una multa de $1,000 a $5,000 y un impedimento de 10 años; no pagar la fianza no libera de salir. Una moción para reabrir o reconsiderar, o una petición de revisión, terminan la salida voluntaria.',
      ),
    ],
    citations: ['INA 240B', '8 CFR 1240.26'],
    verified: true,
    volatile: false,
    context: ['firstEntryDate', 'ntaServedDate'],
  },
  {
    id: 'R21',
    title: text(
      'Petition pending with USCIS: administrative closure or continuance',
      'Petición pendiente ante USCIS: cierre administrativo o aplazamiento',
    ),
    when: fact('pendingUscisPetition'),
    defenseIds: ['pd-closure-dismissal'],
    caveats: [
      text(
        'Closure is required on a joint or unopposed motion; otherwise the judge weighs the factors in 8 CFR 1003.18(c).',
        'El cierre es obligatorio si la moción es conjunta o el DHS no se opone; si no, el juez pesa los factores de 8 CFR 1003.18(c).',
      ),
      text(
        'Matter of B-N-K-: for a detained client, TPS alone does not justify closing an asylum case.',
        'Matter of B-N-K-: para un cliente detenido, el TPS por sí solo no justifica cerrar un caso de asilo.',
      ),
      text(
        'Matter of Cahuec Tzalam: no closure for SIJS without the juvenile court order; a long visa wait weighs against closure.',
        'Matter of Cahuec Tzalam: no hay cierre para SIJS sin la orden del tribunal de menores; una espera larga de visa pesa en contra del cierre.',
      ),
    ],
    citations: [
      '8 CFR 1003.18(c)',
      'Matter of B-N-K-, 29 I&N Dec. 96 (BIA 2025)',
      'Matter of Cahuec Tzalam (BIA 2025)',
    ],
    verified: true,
    volatile: false,
  },
  {
    id: 'R22',
    title: text(
      'Detained after entering without inspection: choose the bond path',
      'Detenido tras entrar sin inspección: elija la vía de fianza',
    ),
    when: all(fact('detained'), fact('enteredWithoutInspection')),
    defenseIds: ['bond', 'joseph-hearing', 'humanitarian-parole'],
    caveats: [
      text(
        'Yajure Hurtado (BIA) and Buenrostro-Mendez (5th Cir.) deny judge-set bond to people who entered without inspection; Maldonado Bautista and a reported Fifth Circuit decision (Sosnava Rodriguez) point the other way. How they apply in Mississippi and Louisiana is not confirmed.',
        'Yajure Hurtado (BIA) y Buenrostro-Mendez (5.º Cir.) niegan la fianza del juez a quienes entraron sin inspección; Maldonado Bautista y una decisión del Quinto Circuito de la que se informó (Sosnava Rodriguez) apuntan en sentido contrario. No está confirmado cómo se aplican en Mississippi y Luisiana.',
      ),
      text(
        'Record the bond path you choose (judge bond, Joseph hearing, parole only, habeas). Amparo does not choose it.',
        'Anote la vía de fianza que elija (fianza del juez, audiencia Joseph, solo parole, hábeas). Amparo no la elige.',
      ),
    ],
    citations: [
      'Matter of Yajure Hurtado, 29 I&N Dec. 216 (BIA 2025)',
      'Buenrostro-Mendez v. Bondi (5th Cir. 2026-02-06)',
    ],
    verified: false,
    volatile: true,
  },
  {
    id: 'R23',
    title: text(
      'Detained with a medical risk or pregnancy: humanitarian parole',
      'Detenido con riesgo médico o embarazo: parole humanitario',
    ),
    when: all(fact('detained'), any(fact('medicalRisk'), fact('pregnant'))),
    defenseIds: ['humanitarian-parole'],
    caveats: [
      text(
        "The Fraihat and CDC lists are historic (2020). Describe the client's actual risk with medical records and a doctor's letter.",
        'Las listas de Fraihat y de los CDC son históricas (2020). Describa el riesgo real de su cliente con expedientes médicos y una carta del médico.',
      ),
      text(
        "Get the client's signed release for medical records.",
        'Obtenga la autorización firmada de su cliente para los expedientes médicos.',
      ),
    ],
    citations: ['INA 212(d)(5)(A)', '8 CFR 212.5(b)'],
    verified: true,
    volatile: false,
    context: ['clientAge'],
  },
  {
    id: 'R24',
    title: text(
      'Risk: mandatory detention under the Laken Riley Act',
      'Riesgo: detención obligatoria por la Ley Laken Riley',
    ),
    when: all(
      fact('lakenRileyOffense'),
      any(fact('enteredWithoutInspection'), fact('noDocumentsOrFraud')),
    ),
    defenseIds: ['joseph-hearing', 'bond', 'humanitarian-parole'],
    caveats: [
      text(
        'An arrest or a charge alone is enough, as is admitting the acts; the terms follow the law of the place where the act happened.',
        'Basta con un arresto o una acusación, o con admitir los hechos; los términos siguen la ley del lugar donde ocurrieron.',
      ),
      text(
        'Consider a Joseph hearing if DHS is substantially unlikely to prove the ground.',
        'Considere una audiencia Joseph si es muy poco probable que el DHS pruebe la causal.',
      ),
    ],
    citations: [
      'INA 236(c)(1)(E)',
      'Laken Riley Act (2025-01-29)',
      'Matter of Joseph, 22 I&N Dec. 799 (BIA 1999)',
    ],
    verified: true,
    volatile: false,
  },
  {
    id: 'R25',
    title: text(
      'Removal order (including in absentia): motion to reopen',
      'Orden de deportación (incluida en ausencia): moción para reabrir',
    ),
    when: any(fact('priorRemovalOrder'), fact('inAbsentiaOrder')),
    defenseIds: ['motion-to-reopen'],
    caveats: [
      text(
        'In absentia: 180 days for exceptional circumstances; any time for lack of notice or if the client was in custody. There is no BIA appeal from an in-absentia order.',
        'En ausencia: 180 días por circunstancias excepcionales; en cualquier momento si no hubo aviso o si su cliente estaba detenido. No se puede apelar ante la BIA una orden en ausencia.',
      ),
      text(
        'Campos-Chaves: a proper notice for the missed hearing defeats rescission even with a defective NTA. An earlier order may also mean reinstatement instead of a new case.',
        'Campos-Chaves: un aviso válido de la audiencia a la que faltó impide anular la orden aunque el NTA sea defectuoso. Una orden anterior también puede significar un restablecimiento en vez de un caso nuevo.',
      ),
      text(
        'Fifth Circuit: the deadline can be equitably tolled (Lugo-Resendez). Flag it; never count on it.',
        'Quinto Circuito: el plazo se puede suspender por equidad (Lugo-Resendez). Anótelo, pero nunca cuente con ello.',
      ),
    ],
    citations: ['INA 240(b)(5)(C)', 'INA 240(c)(7)', '8 CFR 1240.15'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R26',
    title: text(
      'Earlier DACA or TPS: renewal or record status',
      'DACA o TPS anteriores: renovación o registro del estatus',
    ),
    when: fact('earlierDacaOrTps'),
    defenseIds: ['daca', 'tps'],
    caveats: [
      text(
        "DACA renewals continue while the litigation goes on. For TPS, check the country's current status in the dated table.",
        'Las renovaciones de DACA continúan mientras sigue el litigio. Para el TPS, revise el estatus actual del país en la tabla fechada.',
      ),
    ],
    citations: [
      'INA 244',
      'https://maldef.org/2025/03/summary-and-practical-effects-of-the-fifth-circuit-decision-in-the-daca-case',
    ],
    verified: true,
    volatile: true,
  },
  {
    id: 'R27',
    title: text(
      'DHS proposes dismissal: check the expedited-removal risk first',
      'El DHS propone desestimar: revise primero el riesgo de deportación acelerada',
    ),
    when: all(
      fact('dhsProposesDismissal'),
      any(fact('lastEntryWithinTwoYears'), not(fact('everParoled'))),
    ),
    defenseIds: ['pd-closure-dismissal'],
    caveats: [
      text(
        'Reported 2025 practice: after dismissal, people who entered less than 2 years ago and were never paroled may be arrested and put in expedited removal. Consider opposing dismissal.',
        'Práctica informada en 2025: después de la desestimación, quienes entraron hace menos de 2 años y nunca tuvieron parole pueden ser arrestados y puestos en deportación acelerada. Considere oponerse a la desestimación.',
      ),
    ],
    citations: [
      '8 CFR 239.2(a)(6)-(7)',
      'https://immpolicytracking.org/policies/eoir-acting-deputy-director-withdraws-a-may-30-2025-email',
    ],
    verified: false,
    volatile: true,
    context: ['lastArrivalDate'],
  },
];
