import type { ScreeningRuleInput } from './rule-schema';
import { REVIEW_2026_12_06, all, any, changed, fact, not, text } from './rule-builders';

const fearOrHarm = any(fact('fearOfReturn'), fact('pastHarm'));
const asylumTimely = any(
  fact('lastArrivalWithinOneYear'),
  fact('asylumFiledTimely'),
  fact('oneYearException'),
  fact('unaccompaniedChild'),
);

export const rulesR01toR09: ScreeningRuleInput[] = [
  {
    id: 'R01',
    title: text('Possible US citizenship', 'Posible ciudadanía estadounidense'),
    when: any(
      fact('parentOrGrandparentUsc'),
      fact('parentNaturalizedBeforeClient18'),
      fact('ina320Conditions'),
      fact('acquisitionAtBirthPossible'),
    ),
    defenseIds: ['citizenship', 'contest-removability'],
    caveats: [
      text(
        'Check this first: a US citizen cannot be removed. Do not concede alienage until it is resolved.',
        'Revise esto primero: un ciudadano estadounidense no puede ser deportado. No acepte la extranjería hasta resolverlo.',
      ),
      text(
        "Citizenship at birth abroad depends on the law in force at birth and the parent's earlier US presence; derived citizenship depends on the rules in force before the client turned 18 (INA 320 or former 321).",
        'La ciudadanía al nacer en el extranjero depende de la ley vigente al nacer y de la presencia previa del padre o la madre en EE. UU.; la ciudadanía derivada depende de las reglas vigentes antes de que su cliente cumpliera 18 años (INA 320 o la antigua 321).',
      ),
      text(
        'A citizen grandparent can mean a parent acquired citizenship and passed it on.',
        'Un abuelo o abuela ciudadano puede significar que el padre o la madre adquirió la ciudadanía y la transmitió.',
      ),
    ],
    citations: [
      'INA 301',
      'INA 309',
      'INA 320',
      'former INA 321',
      'https://uscis.gov/policy-manual/volume-12-part-h-chapter-7',
      'https://www.uscis.gov/policy-manual/volume-12-part-h-chapter-4',
    ],
    verified: true,
    volatile: false,
    context: ['clientDateOfBirth'],
    changes: [
      changed(
        REVIEW_2026_12_06,
        'Also raised by the INA 320 facts now in the case file (citizen parent, permanent residence and that parent’s legal and physical custody before 18) and by a parent who was a citizen at the birth abroad; notes show the transmission rule for the birth date (unverified table).',
        'También se activa con los datos de la INA 320 que ahora tiene el expediente (padre o madre ciudadano, residencia permanente y custodia legal y física de ese padre o madre antes de los 18) y con un padre o madre que era ciudadano al nacer en el extranjero; las notas muestran la regla de transmisión para la fecha de nacimiento (tabla sin verificar).',
        [
          'INA 320',
          'INA 301',
          'INA 309',
          'https://www.uscis.gov/policy-manual/volume-12-part-h-chapter-4',
        ],
      ),
    ],
  },
  {
    id: 'R02',
    title: text(
      'Fear of return: asylum, withholding and CAT',
      'Miedo a regresar: asilo, suspensión de la remoción y CAT',
    ),
    when: fearOrHarm,
    defenseIds: ['asylum', 'withholding-241b3', 'cat'],
    caveats: [
      text(
        'Always screen all three. Withholding and CAT have no one-year deadline.',
        'Evalúe siempre las tres. La suspensión de la remoción y CAT no tienen plazo de un año.',
      ),
      text(
        'Asylum information is confidential (8 CFR 1208.6): mark the case asylum-protected.',
        'La información de asilo es confidencial (8 CFR 1208.6): marque el caso como protegido por asilo.',
      ),
    ],
    citations: ['INA 208', 'INA 241(b)(3)', '8 CFR 1208.16-1208.18'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R03',
    title: text(
      'Asylum within the one-year deadline, or an exception',
      'Asilo dentro del plazo de un año, o con una excepción',
    ),
    when: all(fearOrHarm, asylumTimely),
    defenseIds: ['asylum'],
    caveats: [
      text(
        'The deadline is the anniversary of the last arrival; a weekend or federal holiday moves it to the next business day (8 CFR 1208.4(a)(2)(ii)). The I-589 is filed when the court receives it.',
        'El plazo vence en el aniversario de la última llegada; si cae en fin de semana o feriado federal, pasa al siguiente día hábil (8 CFR 1208.4(a)(2)(ii)). El I-589 cuenta como presentado cuando la corte lo recibe.',
      ),
      text(
        'Rule and proclamation bars for southern-border entries on or after 2025-01-20 are in litigation.',
        'Los impedimentos por reglas y proclamaciones para entradas por la frontera sur desde el 2025-01-20 están en litigio.',
      ),
      text(
        'Unaccompanied children are exempt from the deadline; if that status is disputed, screen the minor or legal-disability exception.',
        'Los menores no acompañados están exentos del plazo; si ese estatus se discute, revise la excepción por ser menor o por incapacidad legal.',
      ),
      text(
        'Mendez Rojas is historical: it helps only if class membership was claimed before 2022-04-22.',
        'Mendez Rojas es histórico: solo ayuda si se declaró ser miembro de la clase antes del 2022-04-22.',
      ),
    ],
    citations: [
      'INA 208(a)(2)(B), (D), (E)',
      '8 CFR 1208.4',
      'https://cgrs.uclawsf.edu/en/our-work/litigation/raices-v-noem',
    ],
    verified: true,
    volatile: true,
    context: ['lastArrivalDate'],
  },
  {
    id: 'R04',
    title: text(
      'Late for asylum, or asylum barred by an aggravated felony: withholding and CAT',
      'Fuera de plazo para el asilo, o asilo impedido por un delito grave agravado: suspensión de la remoción y CAT',
    ),
    when: all(fearOrHarm, any(not(asylumTimely), fact('aggravatedFelony'))),
    defenseIds: ['withholding-241b3', 'cat'],
    caveats: [
      text(
        'Both need proof that harm is more likely than not; neither has a filing deadline.',
        'Ambas requieren probar que el daño es más probable que no; ninguna tiene plazo para presentar.',
      ),
      text(
        'A particularly serious crime bars withholding and CAT withholding too, leaving only CAT deferral: aggravated felonies with sentences totalling 5 years or more always are one, drug trafficking presumptively (Matter of Y-L-, A-G- & R-S-R-).',
        'Un delito particularmente grave también impide la suspensión de la remoción y la suspensión bajo CAT, y solo queda el aplazamiento bajo CAT: los delitos graves agravados con condenas que suman 5 años o más siempre lo son, el narcotráfico se presume (Matter of Y-L-, A-G- & R-S-R-).',
      ),
    ],
    citations: [
      'INA 241(b)(3)(B)',
      '8 CFR 1208.16(d)(2)',
      '8 CFR 1208.17',
      'Matter of Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270 (A.G. 2002)',
    ],
    verified: true,
    volatile: false,
    context: ['lastArrivalDate'],
    changes: [
      changed(
        REVIEW_2026_12_06,
        'No longer raised by a particularly serious crime (which bars withholding, the very relief this rule offered). Raised instead when an aggravated felony bars asylum; bar B02 then removes withholding if the crime is particularly serious, and CAT deferral stays.',
        'Ya no se activa por un delito particularmente grave (que impide la suspensión, justo lo que esta regla ofrecía). Se activa cuando un delito grave agravado impide el asilo; el impedimento B02 quita la suspensión si el delito es particularmente grave, y el aplazamiento bajo CAT sigue.',
        ['INA 208(b)(2)(B)(i)', 'INA 241(b)(3)(B)', '8 CFR 1208.16(d)(2)', '8 CFR 1208.17'],
      ),
    ],
  },
  {
    id: 'R05',
    title: text(
      'Fear of officials and a serious criminal record: CAT deferral',
      'Miedo a funcionarios y antecedentes penales graves: aplazamiento bajo CAT',
    ),
    when: all(
      fact('fearOfOfficials'),
      any(fact('aggravatedFelony'), fact('particularlySeriousCrime')),
    ),
    defenseIds: ['cat'],
    caveats: [
      text(
        'Deferral has no bars, but it is easier to end and detention can continue.',
        'El aplazamiento no tiene impedimentos, pero es más fácil de terminar y la detención puede continuar.',
      ),
    ],
    citations: ['8 CFR 1208.17'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R06',
    title: text(
      'Cancellation for non-permanent residents (42B)',
      'Cancelación para no residentes permanentes (42B)',
    ),
    when: all(not(fact('isLpr')), fact('tenYearsPresence42b'), fact('qualifyingRelative42b')),
    defenseIds: ['cancellation-42b'],
    caveats: [
      text(
        'A trip of more than 90 days, or trips of more than 180 days in total, break presence; the 10 years then count from the last return. Departures under an order need review.',
        'Un viaje de más de 90 días, o viajes que sumen más de 180 días, interrumpen la presencia; los 10 años se cuentan desde el último regreso. Las salidas con una orden deben revisarse.',
      ),
      text(
        'A child counts only if still under 21 and unmarried when the judge decides (Isidro-Zamorano).',
        'Un hijo cuenta solo si sigue siendo menor de 21 años y soltero cuando el juez decida (Isidro-Zamorano).',
      ),
      text(
        'Good moral character for the whole period; no conviction under 212(a)(2), 237(a)(2) or 237(a)(3); no earlier cancellation, suspension or 212(c).',
        'Buena conducta moral todo el período; ninguna condena bajo la 212(a)(2), 237(a)(2) o 237(a)(3); ninguna cancelación, suspensión o 212(c) anterior.',
      ),
      text(
        'The hardship standard is exceptional and extremely unusual hardship to the relative.',
        'El requisito es un sufrimiento excepcional y sumamente inusual para el familiar.',
      ),
    ],
    citations: [
      'INA 240A(b)(1)',
      'INA 240A(d)',
      'Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)',
    ],
    verified: true,
    volatile: false,
    context: ['firstEntryDate', 'presenceStartDate', 'ntaServedDate', 'decisionDateEstimate'],
  },
  {
    id: 'R07',
    title: text(
      'Cancellation for permanent residents (42A)',
      'Cancelación para residentes permanentes (42A)',
    ),
    when: all(
      fact('isLpr'),
      fact('lprFiveYears'),
      fact('sevenYearsAfterAdmission'),
      not(fact('aggravatedFelony')),
    ),
    defenseIds: ['cancellation-42a'],
    caveats: [
      text(
        'No earlier cancellation, suspension or 212(c). A 212(a)(2) offense stops time even if not charged (Barton).',
        'Ninguna cancelación, suspensión o 212(c) anterior. Un delito de la 212(a)(2) detiene el tiempo aunque no sea un cargo (Barton).',
      ),
      text(
        'Discretionary: gather equities and rehabilitation evidence.',
        'Es discrecional: reúna pruebas de méritos y rehabilitación.',
      ),
    ],
    citations: ['INA 240A(a)', 'INA 240A(d)(1)', 'Barton v. Barr (2020)'],
    verified: true,
    volatile: false,
    context: ['lprSinceDate', 'ntaServedDate', 'decisionDateEstimate'],
  },
  {
    id: 'R08',
    title: text(
      'Abuse by a citizen or resident spouse or parent: VAWA',
      'Maltrato de un cónyuge, padre o madre ciudadano o residente: VAWA',
    ),
    when: all(fact('abusedByFamilyMember'), fact('abuserUscOrLpr')),
    defenseIds: ['vawa-self-petition', 'vawa-cancellation'],
    caveats: [
      text(
        'Mark the case 1367-protected, follow the safe-contact rules and never contact the abuser.',
        'Marque el caso como protegido por la 1367, siga las reglas de contacto seguro y nunca contacte a la persona agresora.',
      ),
      text(
        'VAWA cancellation needs 3 years of presence, and the NTA does not stop that clock. A VAWA motion to reopen has a 1-year deadline.',
        'La cancelación por VAWA requiere 3 años de presencia, y el NTA no detiene ese plazo. Una moción para reabrir por VAWA tiene un plazo de 1 año.',
      ),
    ],
    citations: ['INA 204(a)(1)(A)(iii)', 'INA 240A(b)(2)', '8 U.S.C. 1367'],
    verified: true,
    volatile: false,
  },
  {
    id: 'R09',
    title: text(
      'Crime victim who helped the authorities: U visa',
      'Víctima de un delito que ayudó a las autoridades: visa U',
    ),
    when: all(fact('crimeVictimInUs'), fact('uVisaQualifyingCrime'), fact('helpedLawEnforcement')),
    defenseIds: ['u-visa'],
    caveats: [
      text(
        'The crime must be on the U-visa list (or similar activity) and must have caused substantial harm.',
        'El delito debe estar en la lista de la visa U (o ser una actividad similar) y haber causado un daño considerable.',
      ),
      text(
        'Supplement B must be signed within the six months before filing. The wait is long (10,000 a year); consider a continuance or closure while it is pending.',
        'El Suplemento B debe firmarse dentro de los seis meses antes de presentar. La espera es larga (10,000 al año); considere pedir un aplazamiento o el cierre mientras está pendiente.',
      ),
      text('Mark the case 1367-protected.', 'Marque el caso como protegido por la 1367.'),
    ],
    citations: ['INA 101(a)(15)(U)', '8 CFR 214.14', '8 CFR 214.14(c)(2)(i)'],
    verified: true,
    volatile: false,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'A bare "crime victim: yes" no longer satisfies the rule: the crime must be one on the U-visa list (or similar activity); until it is known, screening asks which crime.',
        'Un simple "víctima de un delito: sí" ya no basta: el delito debe estar en la lista de la visa U (o ser una actividad similar); hasta saberlo, la evaluación pregunta qué delito.',
        ['INA 101(a)(15)(U)(iii)', '8 CFR 214.14(a)(9)'],
      ),
    ],
  },
];
