import type { ScreeningRuleInput } from './rule-schema';
import { REVIEW_2026_12_06, all, any, changed, fact, not, text } from './rule-builders';

export const rulesR19toR29: ScreeningRuleInput[] = [
  {
    id: 'R19',
    title: text(
      'Wrong allegations or a doubtful criminal charge: contest removability',
      'Alegaciones equivocadas o un cargo penal dudoso: impugnar la deportabilidad',
    ),
    when: any(
      fact('allegationsDisputed'),
      fact('criminalChargeDoubtful'),
      fact('arrivingDesignationConflict'),
    ),
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
      text(
        'An NTA that calls a person with a recorded admission an "arriving alien" puts the burden on the client and keeps the judge from setting bond: contest the designation and ask DHS to prove deportability under INA 237. A returning permanent resident is not seeking admission unless an INA 101(a)(13)(C) exception applies.',
        'Un NTA que llama "extranjero que llega" a alguien con una admisión registrada le pone la carga de la prueba a su cliente e impide que el juez fije fianza: impugne esa designación y pida que el DHS pruebe la deportabilidad bajo la INA 237. Un residente permanente que regresa no solicita admisión salvo que aplique una excepción de la INA 101(a)(13)(C).',
      ),
    ],
    citations: ['INA 240(c)(2)-(3)', 'INA 101(a)(13)(C)', '8 CFR 1001.1(q)'],
    verified: true,
    volatile: false,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'Also raised when the NTA marks the client an "arriving alien" while an admission (visa, permanent residence, refugee) is recorded.',
        'También se activa cuando el NTA marca a su cliente como "extranjero que llega" y consta una admisión (visa, residencia permanente, refugio).',
        ['INA 101(a)(13)', '8 CFR 1001.1(q)', 'INA 240(c)(2)-(3)'],
      ),
    ],
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
      text(
        'For a client held under INA 236(a), a release request cites INA 236(a)(2) and 8 CFR 236.1(c)(8). A client held under INA 236(c) (Laken Riley included) cannot be paroled: see bar B03.',
        'Para un cliente detenido bajo la INA 236(a), la solicitud de liberación cita la INA 236(a)(2) y 8 CFR 236.1(c)(8). Un cliente detenido bajo la INA 236(c) (incluida la Ley Laken Riley) no puede recibir parole: vea el impedimento B03.',
      ),
    ],
    citations: ['INA 212(d)(5)(A)', '8 CFR 212.5(b)', 'INA 236(a)(2)', '8 CFR 236.1(c)(8)'],
    verified: true,
    volatile: false,
    context: ['clientAge'],
    changes: [
      changed(
        REVIEW_2026_12_06,
        'Humanitarian parole is no longer offered when the client is (or, under the Laken Riley Act, would be) held under INA 236(c): bar B03 removes it and points to a Joseph hearing. Release requests under 236(a) cite 236(a)(2) and 8 CFR 236.1(c)(8).',
        'El parole humanitario ya no se ofrece cuando su cliente está (o, por la Ley Laken Riley, estaría) detenido bajo la INA 236(c): el impedimento B03 lo quita y remite a una audiencia Joseph. Las solicitudes de liberación bajo la 236(a) citan la 236(a)(2) y 8 CFR 236.1(c)(8).',
        ['INA 236(c)(2)', 'INA 236(a)(2)', '8 CFR 236.1(c)(8)'],
      ),
    ],
  },
  {
    id: 'R24',
    title: text(
      'Laken Riley Act: mandatory detention under INA 236(c); contest it at a Joseph hearing',
      'Ley Laken Riley: detención obligatoria bajo la INA 236(c); impúgnela en una audiencia Joseph',
    ),
    when: all(
      fact('lakenRileyOffense'),
      any(fact('enteredWithoutInspection'), fact('noDocumentsOrFraud')),
    ),
    defenseIds: ['joseph-hearing'],
    caveats: [
      text(
        'An arrest or a charge alone is enough, as is admitting the acts; the terms follow the law of the place where the act happened.',
        'Basta con un arresto o una acusación, o con admitir los hechos; los términos siguen la ley del lugar donde ocurrieron.',
      ),
      text(
        'A person held under INA 236(c), the Laken Riley ground included, cannot be released on bond or on parole; release is possible only as INA 236(c)(2) allows (witness protection). Do not present bond or humanitarian parole as available.',
        'Una persona detenida bajo la INA 236(c), incluida la causal Laken Riley, no puede salir con fianza ni con parole; solo puede ser liberada como lo permite la INA 236(c)(2) (protección de testigos). No presente la fianza ni el parole humanitario como disponibles.',
      ),
      text(
        'Contest the classification at a Joseph hearing: the client is outside 236(c) if DHS is substantially unlikely to prevail on the charge that triggers it.',
        'Impugne la clasificación en una audiencia Joseph: su cliente queda fuera de la 236(c) si es muy poco probable que el DHS gane en el cargo que la activa.',
      ),
    ],
    citations: [
      'INA 236(c)(1)(E)',
      'INA 236(c)(2)',
      'Laken Riley Act, Pub. L. 119-1 (2025-01-29)',
      'Matter of Joseph, 22 I&N Dec. 799 (BIA 1999)',
    ],
    verified: true,
    volatile: false,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'Says that a person held under 236(c) cannot be bonded or paroled out (release only as 236(c)(2) allows) and points to a Joseph hearing; no longer lists bond or humanitarian parole.',
        'Dice que una persona detenida bajo la 236(c) no puede salir con fianza ni con parole (solo como permite la 236(c)(2)) y remite a una audiencia Joseph; ya no ofrece la fianza ni el parole humanitario.',
        ['INA 236(c)(2)', 'Matter of Joseph, 22 I&N Dec. 799 (BIA 1999)'],
      ),
    ],
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
      'Earlier DACA: renewal or record status',
      'DACA anterior: renovación o registro del estatus',
    ),
    when: fact('earlierDaca'),
    defenseIds: ['daca'],
    caveats: [
      text(
        'DACA renewals continue while the litigation goes on (Fifth Circuit, 2025-01-17: work permits unlawful in Texas only).',
        'Las renovaciones de DACA continúan mientras sigue el litigio (Quinto Circuito, 2025-01-17: permisos de trabajo ilegales solo en Texas).',
      ),
    ],
    citations: [
      'https://maldef.org/2025/03/summary-and-practical-effects-of-the-fifth-circuit-decision-in-the-daca-case',
    ],
    verified: true,
    volatile: true,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'DACA only: a client who only had DACA is no longer shown TPS. Earlier TPS is rule R29.',
        'Solo DACA: a quien solo tuvo DACA ya no se le muestra el TPS. El TPS anterior es la regla R29.',
      ),
    ],
  },
  {
    id: 'R27',
    title: text(
      'DHS proposes dismissal: check the expedited-removal risk first',
      'El DHS propone desestimar: revise primero el riesgo de deportación acelerada',
    ),
    when: all(
      fact('dhsProposesDismissal'),
      fact('lastEntryWithinTwoYears'),
      not(fact('admittedOrParoled')),
    ),
    defenseIds: ['pd-closure-dismissal'],
    caveats: [
      text(
        'Reported 2025 practice: after dismissal, people present less than 2 years who were never admitted or paroled may be arrested and put in expedited removal. Both conditions must hold. Consider opposing dismissal.',
        'Práctica informada en 2025: después de la desestimación, quienes están aquí hace menos de 2 años y nunca fueron admitidos ni tuvieron parole pueden ser arrestados y puestos en deportación acelerada. Deben cumplirse las dos condiciones. Considere oponerse a la desestimación.',
      ),
      text(
        'In 2025 federal courts stayed parts of this expansion of expedited removal (Make the Road New York v. Noem; CHIRLA v. Noem, both D.D.C.). Check their current status before advising.',
        'En 2025 tribunales federales suspendieron partes de esta ampliación de la deportación acelerada (Make the Road New York v. Noem; CHIRLA v. Noem, ambos D.D.C.). Revise su situación actual antes de aconsejar.',
      ),
    ],
    citations: [
      '8 CFR 239.2(a)(6)-(7)',
      'INA 235(b)(1)(A)(iii)',
      'Make the Road New York v. Noem (D.D.C. 2025)',
      'Coalition for Humane Immigrant Rights (CHIRLA) v. Noem (D.D.C. 2025)',
      'https://immpolicytracking.org/policies/eoir-acting-deputy-director-withdraws-a-may-30-2025-email',
    ],
    verified: false,
    volatile: true,
    context: ['lastArrivalDate'],
    changes: [
      changed(
        REVIEW_2026_12_06,
        'Needs both conditions (present less than 2 years AND never admitted or paroled); it fired on either before. The 2025 court stays are noted (status not confirmed).',
        'Requiere las dos condiciones (menos de 2 años aquí Y nunca admitido ni con parole); antes bastaba una. Se anotan las suspensiones judiciales de 2025 (situación no confirmada).',
        [
          'INA 235(b)(1)(A)(iii)',
          'Make the Road New York v. Noem (D.D.C. 2025)',
          'CHIRLA v. Noem (D.D.C. 2025)',
        ],
        false,
      ),
    ],
  },
  {
    id: 'R28',
    title: text(
      'In absentia order after notice to an old address: reopen for lack of notice, at any time',
      'Orden en ausencia tras un aviso a una dirección anterior: reabrir por falta de aviso, en cualquier momento',
    ),
    when: all(fact('inAbsentiaOrder'), fact('noticeToReportedOldAddress')),
    defenseIds: ['motion-to-reopen'],
    caveats: [
      text(
        'Notice must go to the address the client gave (INA 239(a)(1)(F)); a notice mailed to an address the client had already changed with an EOIR-33 is not notice as INA 239(a) requires, and a motion to reopen and rescind on that ground has no deadline.',
        'El aviso debe enviarse a la dirección que dio su cliente (INA 239(a)(1)(F)); un aviso enviado a una dirección que ya había cambiado con un EOIR-33 no es el aviso que exige la INA 239(a), y la moción para reabrir y anular por esa razón no tiene plazo.',
      ),
      text(
        'Get the EOIR-33 with its proof of filing and the hearing notice with its mailing address. The filing of the motion stays removal automatically (INA 240(b)(5)(C)).',
        'Consiga el EOIR-33 con su constancia de presentación y el aviso de audiencia con su dirección de envío. Presentar la moción suspende la deportación automáticamente (INA 240(b)(5)(C)).',
      ),
    ],
    citations: ['INA 240(b)(5)(C)(ii)', 'INA 239(a)(1)(F)', '8 CFR 1003.23(b)(4)(ii)'],
    verified: true,
    volatile: false,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'New: the case file records that a hearing notice went to an address the client had already reported changing.',
        'Nueva: el expediente registra que un aviso de audiencia se envió a una dirección que su cliente ya había cambiado.',
        ['INA 240(b)(5)(C)(ii)'],
      ),
    ],
  },
  {
    id: 'R29',
    title: text(
      'Earlier TPS: renewal or record status',
      'TPS anterior: renovación o registro del estatus',
    ),
    when: fact('earlierTps'),
    defenseIds: ['tps'],
    caveats: [
      text(
        "Check the country's current status in the dated TPS table and at uscis.gov/tps: most designations have termination notices.",
        'Revise el estatus actual del país en la tabla fechada de TPS y en uscis.gov/tps: la mayoría de las designaciones tienen avisos de terminación.',
      ),
    ],
    citations: ['INA 244', 'https://www.uscis.gov/tps'],
    verified: true,
    volatile: true,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'New: split from R26 so that only a client who had TPS is shown TPS.',
        'Nueva: separada de la R26 para que solo se muestre el TPS a quien lo tuvo.',
      ),
    ],
  },
];
