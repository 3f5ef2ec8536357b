import type { ScreeningRuleInput } from './rule-schema';
import { all, fact, text } from './rule-builders';

export const rulesR10toR18: ScreeningRuleInput[] = [
  {
    id: 'R10',
    title: text(
      'Forced labor or commercial sex: T visa',
      'Trabajo o sexo comercial forzado: visa T',
    ),
    when: fact('traffickingIndicators'),
    defenseIds: ['t-visa'],
    caveats: [
      text(
        'Interview in a trauma-informed way, in private; mark the case 1367-protected.',
        'Entreviste con atención al trauma y en privado; marque el caso como protegido por la 1367.',
      ),
      text(
        'Minors and people affected by trauma are excused from cooperating with law enforcement. No filing deadline.',
        'Los menores y las personas afectadas por el trauma no tienen que cooperar con las autoridades. No hay plazo para presentar.',
      ),
    ],
    citations: [
      'INA 101(a)(15)(T)',
      'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-2',
    ],
    verified: true,
    volatile: false,
  },
  {
    id: 'R11',
    title: text(
      'Under 21, unmarried, harmed by a parent: SIJS',
      'Menor de 21, soltero, dañado por su padre o madre: SIJS',
    ),
    when: all(
      fact('clientUnder21'),
      fact('clientUnmarried'),
      fact('abusedNeglectedAbandonedByParent'),
    ),
    defenseIds: ['sijs'],
    caveats: [
      text(
        'The state court order comes first, and the I-360 must be filed before the client turns 21.',
        'Primero hace falta la orden del tribunal estatal, y el I-360 debe presentarse antes de que su cliente cumpla 21 años.',
      ),
      text(
        'Mississippi: youth court generally ends at 18; for ages 18 to 20 look to chancery court (not confirmed; check jurisdiction case by case).',
        'Mississippi: el tribunal de menores normalmente termina a los 18; para 18 a 20 años acuda al tribunal de equidad (chancery) (no confirmado; revise la competencia en cada caso).',
      ),
      text(
        'The SIJ I-360 fee ($250) cannot be waived.',
        'La tarifa del I-360 de SIJ ($250) no se puede perdonar.',
      ),
    ],
    citations: ['INA 101(a)(27)(J)', '8 CFR 204.11'],
    verified: true,
    volatile: true,
    context: ['clientAge'],
  },
  {
    id: 'R12',
    title: text('National of a TPS country: TPS', 'Nacional de un país con TPS: TPS'),
    when: all(fact('tpsCountryNational'), fact('tpsDatesMet')),
    defenseIds: ['tps'],
    caveats: [
      text(
        'Use the dated TPS table and confirm at uscis.gov/tps: designations and registration periods change often.',
        'Use la tabla fechada de TPS y confírmelo en uscis.gov/tps: las designaciones y los períodos de registro cambian a menudo.',
      ),
      text(
        'A felony or two or more misdemeanors disqualify, as do asylum-type bars.',
        'Un delito grave o dos o más delitos menores lo impiden, igual que los impedimentos como los del asilo.',
      ),
    ],
    citations: ['INA 244', 'https://www.uscis.gov/tps'],
    verified: false,
    volatile: true,
    context: ['firstEntryDate'],
  },
  {
    id: 'R13',
    title: text(
      'Immediate relative of a US citizen: adjustment of status',
      'Familiar inmediato de un ciudadano: ajuste de estatus',
    ),
    when: all(fact('immediateRelativeUsc'), fact('admittedOrParoled')),
    defenseIds: ['adjustment-245a'],
    caveats: [
      text(
        'A citizen parent counts only while the client is unmarried and under 21; a citizen son or daughter must be 21 or older.',
        'Un padre o madre ciudadano cuenta solo mientras su cliente sea soltero y menor de 21 años; un hijo o hija ciudadano debe tener 21 años o más.',
      ),
      text(
        'If the client entered without inspection, see 245(i) (R14). Arriving aliens usually adjust before USCIS, not the judge.',
        'Si su cliente entró sin inspección, vea la 245(i) (R14). Los "extranjeros que llegan" (arriving aliens: en la ley, quien llega a un puerto de entrada a pedir la admisión) normalmente ajustan ante USCIS, no ante el juez.',
      ),
    ],
    citations: ['INA 245(a)', 'INA 201(b)(2)(A)(i)', '8 CFR 1245.2(a)(1)'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R14',
    title: text(
      'Entered without inspection, petition filed by 2001-04-30: 245(i)',
      'Entró sin inspección, petición presentada antes del 2001-04-30: 245(i)',
    ),
    when: all(fact('enteredWithoutInspection'), fact('petitionFiledBy2001')),
    defenseIds: ['adjustment-245i'],
    caveats: [
      text(
        'If the petition was filed after 1998-01-14, the client must have been present on 2000-12-21. It must have been approvable when filed (Matter of Butt).',
        'Si la petición se presentó después del 1998-01-14, su cliente debía estar presente el 2000-12-21. Debía ser aprobable al presentarse (Matter of Butt).',
      ),
      text(
        'A $1,000 penalty is paid with Supplement A.',
        'Se paga una multa de $1,000 con el Suplemento A.',
      ),
    ],
    citations: ['INA 245(i)', 'Matter of Butt, 26 I&N Dec. 108 (BIA 2013)'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R15',
    title: text(
      'Waivable conviction and a citizen or resident relative: 212(h)',
      'Condena perdonable y un familiar ciudadano o residente: 212(h)',
    ),
    when: all(fact('anyConviction'), fact('conviction212hType'), fact('relative212h')),
    defenseIds: ['waiver-212h', 'adjustment-245a'],
    caveats: [
      text(
        'Qualifying relatives are a citizen or resident spouse, parent, son or daughter of any age.',
        'Los familiares que califican son el cónyuge, padre, madre, hijo o hija, de cualquier edad, ciudadano o residente.',
      ),
      text(
        'Extra bars for people admitted as permanent residents (aggravated felony; less than 7 years of lawful residence). Never for murder or torture.',
        'Hay impedimentos adicionales para quienes fueron admitidos como residentes (delito grave agravado; menos de 7 años de residencia legal). Nunca para asesinato o tortura.',
      ),
    ],
    citations: ['INA 212(h)'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R16',
    title: text(
      'Permanent resident with a plea before 1997-04-01: former 212(c)',
      'Residente permanente con una declaración de culpabilidad antes del 1997-04-01: antigua 212(c)',
    ),
    when: all(fact('isLpr'), fact('convictionBefore1997')),
    defenseIds: ['former-212c'],
    caveats: [
      text(
        '212(c) was narrowed on 1996-04-24 (AEDPA) and repealed from 1997-04-01 (IIRIRA); St. Cyr protects pleas made while it was available. Check which rules applied on the plea date.',
        'La 212(c) se limitó el 1996-04-24 (AEDPA) y se derogó desde el 1997-04-01 (IIRIRA); St. Cyr protege las declaraciones de culpabilidad hechas cuando estaba disponible. Revise qué reglas aplicaban en la fecha de la declaración.',
      ),
      text(
        'Only one of 212(c) or permanent-resident cancellation can ever be granted.',
        'Solo se puede conceder una vez la 212(c) o la cancelación para residentes.',
      ),
    ],
    citations: ['former INA 212(c)', 'INS v. St. Cyr, 533 U.S. 289 (2001)'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R17',
    title: text(
      '"TBD" NTA with pleadings open: Fernandes objection',
      'NTA con "TBD" y respuesta a los alegatos y cargos pendiente: objeción Fernandes',
    ),
    when: all(fact('ntaTimeTbd'), fact('pleadingsOpen')),
    defenseIds: ['defective-nta'],
    caveats: [
      text(
        'Object before the pleadings close. Raised first in a motion to reopen, the objection is forfeited (Matter of Nchifor, BIA 2022). DHS may cure the defect.',
        'Objete antes de que se cierre la respuesta a los alegatos y cargos. Si se plantea por primera vez en una moción para reabrir, se pierde (Matter of Nchifor, BIA 2022). El DHS puede corregir el defecto.',
      ),
    ],
    citations: [
      'Matter of Fernandes, 28 I&N Dec. 605 (BIA 2022)',
      'Matter of Nchifor, 28 I&N Dec. 585 (BIA 2022)',
    ],
    verified: true,
    volatile: false,
  },
  {
    id: 'R18',
    title: text(
      '"TBD" NTA: stop-time not triggered; recompute cancellation',
      'NTA con "TBD": no se detiene el tiempo; vuelva a calcular la cancelación',
    ),
    when: fact('ntaTimeTbd'),
    defenseIds: ['cancellation-42a', 'cancellation-42b', 'defective-nta'],
    caveats: [
      text(
        'A later hearing notice does not complete the NTA for stop-time (Niz-Chavez). An offense can still stop time.',
        'Un aviso de audiencia posterior no completa el NTA para detener el tiempo (Niz-Chavez). Un delito todavía puede detenerlo.',
      ),
    ],
    citations: ['Niz-Chavez v. Garland, 593 U.S. 155 (2021)', 'Pereira v. Sessions (2018)'],
    verified: true,
    volatile: false,
    context: ['ntaServedDate'],
  },
];
