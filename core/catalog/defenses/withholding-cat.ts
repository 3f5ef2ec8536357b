import type { DefenseInput } from '../catalog-schema';
import { SPANISH_REVIEW, bar, change, evidence, yesNo } from '../defense-builders';

const LEGALCLARITY =
  'https://legalclarity.org/8-cfr-1208-16-withholding-of-removal-and-cat-protections/';

const i589 = {
  form: 'I-589',
  name: {
    en: 'Application for asylum and withholding of removal',
    es: 'Solicitud de asilo y de suspensión de la remoción',
  },
  feeId: 'i-589',
  filedWith: 'immigration-court' as const,
};

const sharedEvidence = [
  evidence(
    'withholding-241b3.doc-declaration',
    'Detailed declaration of the client',
    'Declaración detallada de su cliente',
  ),
  evidence(
    'withholding-241b3.doc-records',
    'Police, medical or death records about the harm',
    'Informes policiales, médicos o de defunción sobre el daño',
  ),
  evidence(
    'withholding-241b3.doc-country-reports',
    'Country-conditions reports',
    'Informes sobre las condiciones del país',
  ),
];

export const withholding: DefenseInput = {
  id: 'withholding-241b3',
  kind: 'protection',
  name: {
    en: 'Withholding of removal, INA 241(b)(3)',
    es: 'Suspensión de la remoción ("withholding"), INA 241(b)(3)',
  },
  summary: {
    en: 'Same protected grounds as asylum, but the client must show persecution is more likely than not. Mandatory if proven and no one-year deadline. Protects only against removal to that country; no green card and no protection for family members.',
    es: 'Los mismos motivos protegidos que el asilo, pero su cliente debe probar que es más probable que no que sufra persecución. Si se prueba, el juez debe concederla y no hay plazo de un año. Solo protege contra la deportación a ese país; no da residencia ni protege a los familiares.',
  },
  citations: ['INA 241(b)(3)', '8 CFR 1208.16(b)', LEGALCLARITY],
  effectiveDate: '2025-07-04',
  verified: true,
  volatility: { volatile: false },
  protectedBy: ['asylum-confidentiality'],
  questions: [
    yesNo(
      'withholding-241b3.more-likely',
      'Is persecution in that country more likely than not?',
      '¿Es más probable que no que su cliente sufra persecución en ese país?',
    ),
    yesNo(
      'withholding-241b3.nexus',
      'Is a protected ground (race, religion, nationality, political opinion, particular social group) one central reason?',
      '¿Un motivo protegido (raza, religión, nacionalidad, opinión política, grupo social determinado) es una razón central?',
    ),
    yesNo(
      'withholding-241b3.relocation',
      'Could the client live safely in another part of the country?',
      '¿Podría su cliente vivir seguro en otra parte del país?',
    ),
  ],
  bars: [
    bar(
      'withholding-241b3.bar-persecutor',
      'Persecuted others',
      'Persiguió a otras personas',
      'INA 241(b)(3)(B)(i)',
    ),
    bar(
      'withholding-241b3.bar-psc',
      'Particularly serious crime (aggravated felonies with sentences totalling 5 years or more always count)',
      'Delito particularmente grave (los delitos graves agravados con condenas que suman 5 años o más siempre cuentan)',
      'INA 241(b)(3)(B)(ii)',
    ),
    bar(
      'withholding-241b3.bar-serious-nonpolitical',
      'Serious nonpolitical crime outside the United States',
      'Delito grave no político fuera de Estados Unidos',
      'INA 241(b)(3)(B)(iii)',
    ),
    bar(
      'withholding-241b3.bar-security',
      'Danger to the security of the United States',
      'Peligro para la seguridad de Estados Unidos',
      'INA 241(b)(3)(B)(iv)',
    ),
  ],
  evidence: sharedEvidence,
  forms: [i589],
  deadlineRuleIds: ['pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: withholding of removal is "suspensión de la remoción", as in the Spanish title of Form I-589 (not "suspensión de la deportación", the former suspension of deportation).',
      'Redacción en español: la withholding of removal es la "suspensión de la remoción", como en el título en español del Formulario I-589 (no "suspensión de la deportación", la antigua suspensión de la deportación).',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
  ],
};

export const cat: DefenseInput = {
  id: 'cat',
  kind: 'protection',
  name: {
    en: 'Convention Against Torture (withholding and deferral)',
    es: 'Convención contra la Tortura (suspensión y aplazamiento)',
  },
  summary: {
    en: "Protection when torture is more likely than not, by a public official or with an official's consent or acquiescence (including willful blindness). No protected ground is needed. CAT withholding has the same bars as 241(b)(3); deferral has none and is the floor for serious criminal records, but it is easier to end and detention can continue.",
    es: 'Protección cuando es más probable que no que su cliente sea torturado por un funcionario público o con su consentimiento o aquiescencia (incluida la ceguera voluntaria). No hace falta un motivo protegido. La suspensión bajo CAT tiene los mismos impedimentos que la 241(b)(3); el aplazamiento no tiene ninguno y es la última protección para antecedentes penales graves, pero es más fácil de terminar y la detención puede continuar.',
  },
  citations: ['8 CFR 1208.16(c)', '8 CFR 1208.17', '8 CFR 1208.18', LEGALCLARITY],
  effectiveDate: '2025-07-04',
  verified: true,
  volatility: { volatile: false },
  protectedBy: ['asylum-confidentiality'],
  questions: [
    yesNo(
      'cat.more-likely',
      'Is torture (intentional, severe pain or suffering) more likely than not?',
      '¿Es más probable que no que su cliente sea torturado (dolor o sufrimiento grave e intencional)?',
    ),
    yesNo(
      'cat.official',
      'Would an official inflict it, or consent to it or turn a blind eye to it?',
      '¿Lo haría un funcionario, o lo permitiría o se haría de la vista gorda?',
    ),
    yesNo(
      'cat.past-torture',
      'Was the client tortured before?',
      '¿Su cliente fue torturado antes?',
    ),
    yesNo(
      'cat.relocation',
      'Could the client live safely in another part of the country?',
      '¿Podría su cliente vivir seguro en otra parte del país?',
    ),
    yesNo(
      'cat.serious-record',
      'Does a serious criminal record bar other protection, so that only deferral remains?',
      '¿Unos antecedentes penales graves impiden otras protecciones, de modo que solo queda el aplazamiento?',
    ),
  ],
  bars: [
    bar(
      'cat.bar-withholding-bars',
      'CAT withholding only: the same bars as INA 241(b)(3). Deferral has no bars.',
      'Solo para la suspensión bajo CAT: los mismos impedimentos que la INA 241(b)(3). El aplazamiento no tiene impedimentos.',
      '8 CFR 1208.16(d)(2); 8 CFR 1208.17(a)',
    ),
  ],
  evidence: [
    evidence(
      'cat.doc-declaration',
      'Detailed declaration of the client',
      'Declaración detallada de su cliente',
    ),
    evidence(
      'cat.doc-official-torture-reports',
      'Reports of torture by officials or official collusion',
      'Informes de tortura por funcionarios o de su complicidad',
    ),
    evidence(
      'cat.doc-medical-scars',
      'Medical evidence of scars or injuries',
      'Pruebas médicas de cicatrices o lesiones',
    ),
    evidence(
      'cat.doc-country-reports',
      'Country-conditions reports',
      'Informes sobre las condiciones del país',
    ),
  ],
  forms: [i589],
  deadlineRuleIds: ['pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: withholding of removal is "suspensión de la remoción", as in the Spanish title of Form I-589 (not "suspensión de la deportación", the former suspension of deportation).',
      'Redacción en español: la withholding of removal es la "suspensión de la remoción", como en el título en español del Formulario I-589 (no "suspensión de la deportación", la antigua suspensión de la deportación).',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
  ],
};
