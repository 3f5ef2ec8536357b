import type { DefenseInput } from '../catalog-schema';
import { bar, change, dateQ, evidence, yesNo } from '../defense-builders';

const i192 = {
  form: 'I-192',
  name: {
    en: 'Waiver of inadmissibility for U or T status',
    es: 'Perdón de inadmisibilidad para estatus U o T',
  },
  feeId: 'i-192',
  filedWith: 'uscis' as const,
};

export const uVisa: DefenseInput = {
  id: 'u-visa',
  kind: 'relief',
  name: { en: 'U visa (crime victims)', es: 'Visa U (víctimas de delitos)' },
  summary: {
    en: 'For a victim of a listed crime in the United States who suffered substantial physical or mental abuse, has information about the crime, and was, is or is likely to be helpful to the authorities, with a certification (Supplement B) signed in the six months before filing. Capped at 10,000 a year with a long wait.',
    es: 'Para la víctima de un delito de la lista en Estados Unidos que sufrió un daño físico o mental considerable, tiene información sobre el delito y fue, es o probablemente será útil para las autoridades, con una certificación (Suplemento B) firmada en los seis meses antes de presentar. Hay un límite de 10,000 al año y una espera larga.',
  },
  citations: [
    'INA 101(a)(15)(U)',
    'INA 214(p)',
    '8 CFR 214.14',
    'https://uslex.com/Non-Immigrant-Visas/Law-Enforcement-Visas/U-Visas.html',
  ],
  effectiveDate: '2025-01-31',
  verified: true,
  volatility: { volatile: false },
  protectedBy: ['section-1367'],
  questions: [
    yesNo(
      'u-visa.listed-crime',
      'Was the client the victim in the United States of a listed crime (see the U-visa crime list), or an attempt, conspiracy or solicitation to commit one?',
      '¿Su cliente fue víctima en Estados Unidos de un delito de la lista (vea la lista de delitos de la visa U), o de un intento, conspiración o incitación para cometerlo?',
    ),
    yesNo(
      'u-visa.substantial-harm',
      'Did the client suffer substantial physical or mental abuse?',
      '¿Su cliente sufrió un daño físico o mental considerable?',
    ),
    yesNo(
      'u-visa.information',
      'Does the client have information about the crime?',
      '¿Su cliente tiene información sobre el delito?',
    ),
    yesNo(
      'u-visa.helpful',
      'Was, is or will the client likely be helpful to the police, prosecutors or a judge?',
      '¿Su cliente fue, es o probablemente será útil para la policía, la fiscalía o un juez?',
    ),
    yesNo(
      'u-visa.certifier',
      'Is a certifying agency willing to sign Supplement B?',
      '¿Hay una agencia dispuesta a firmar el Suplemento B?',
    ),
    dateQ(
      'u-visa.supp-b-signed',
      'Date Supplement B was signed (the I-918 must be filed within six months of it)',
      'Fecha en que se firmó el Suplemento B (el I-918 debe presentarse dentro de los seis meses siguientes)',
    ),
    yesNo(
      'u-visa.family',
      'Are there family members who could be included (Supplement A)?',
      '¿Hay familiares que se podrían incluir (Suplemento A)?',
    ),
    yesNo(
      'u-visa.inadmissibility',
      'Does any ground of inadmissibility need an I-192 waiver?',
      '¿Alguna causal de inadmisibilidad necesita el perdón I-192?',
    ),
  ],
  bars: [
    bar(
      'u-visa.bar-supp-b-expired',
      'Supplement B signed more than six months before the I-918 is filed',
      'Suplemento B firmado más de seis meses antes de presentar el I-918',
      '8 CFR 214.14(c)(2)(i)',
    ),
  ],
  evidence: [
    evidence(
      'u-visa.doc-supp-b',
      'Signed Supplement B (law-enforcement certification)',
      'Suplemento B firmado (certificación de las autoridades)',
    ),
    evidence(
      'u-visa.doc-police-report',
      'Police report or case number',
      'Informe policial o número de caso',
    ),
    evidence(
      'u-visa.doc-harm',
      'Medical, psychological or counselling records of the harm',
      'Expedientes médicos, psicológicos o de consejería sobre el daño',
    ),
    evidence('u-visa.doc-declaration', 'Declaration of the client', 'Declaración de su cliente'),
  ],
  forms: [
    {
      form: 'I-918',
      name: {
        en: 'Petition for U nonimmigrant status',
        es: 'Petición de estatus de no inmigrante U',
      },
      feeId: 'i-918',
      filedWith: 'uscis',
    },
    {
      form: 'I-918 Supplement B',
      name: {
        en: 'Certification by the certifying agency',
        es: 'Certificación de la agencia certificadora',
      },
      feeId: null,
      noFeeReason: 'no-fee',
      filedWith: 'uscis',
    },
    i192,
  ],
  deadlineRuleIds: ['eoir-33', 'ar-11'],
  changes: [
    change(
      '2012-01-01',
      'Matter of Sanchez Sosa: judges may continue removal cases while a prima facie U petition is pending.',
      'Matter of Sanchez Sosa: el juez puede aplazar el caso mientras hay una petición U pendiente con indicios suficientes.',
      ['Matter of Sanchez Sosa, 25 I&N Dec. 807 (BIA 2012)'],
      true,
      'year',
    ),
    change(
      '2021-06-14',
      'USCIS began bona fide determinations with work permits; how it works in 2025-26 is not confirmed.',
      'USCIS empezó a hacer determinaciones de buena fe con permiso de trabajo; no está confirmado cómo funciona en 2025-26.',
      [
        'https://uscis.gov/records/electronic-reading-room/u-nonimmigrant-status-bona-fide-determination-process-faqs',
      ],
      false,
    ),
    change(
      '2025-01-31',
      'ICE Directive 11005.4 replaced 11005.3: ICE no longer has to look for signs of victimization or treat it as a positive factor. A class action was filed in October 2025.',
      'La Directiva 11005.4 de ICE reemplazó a la 11005.3: ICE ya no tiene que buscar señales de que la persona es víctima ni tomarlo como factor a favor. En octubre de 2025 se presentó una demanda colectiva.',
      [
        'https://immpolicytracking.org/policies/ice-rescinds-directive-110053-on-using-a-victim-centered-approach-with-noncitizen-crime-victims',
      ],
    ),
  ],
};

export const tVisa: DefenseInput = {
  id: 't-visa',
  kind: 'relief',
  name: { en: 'T visa (trafficking victims)', es: 'Visa T (víctimas de trata)' },
  summary: {
    en: 'For a person recruited, moved, harbored or obtained for labor or commercial sex through force, fraud or coercion (any commercial sex under 18), who is in the United States because of the trafficking, complied with reasonable law-enforcement requests (minors and trauma are exceptions), and would suffer extreme hardship involving unusual and severe harm if removed. No filing deadline.',
    es: 'Para quien fue reclutado, trasladado, escondido u obtenido para trabajar o para sexo comercial mediante fuerza, fraude o coerción (cualquier sexo comercial si era menor de 18 años), que está en Estados Unidos a causa de la trata, cumplió con las peticiones razonables de las autoridades (hay excepciones para menores y por trauma) y sufriría un daño extremo, inusual y grave si lo deportan. No hay plazo para presentar.',
  },
  citations: [
    'INA 101(a)(15)(T)',
    'https://regulations.justia.com/regulations/fedreg/2024/04/30/2024-09022.html',
    'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-2',
  ],
  effectiveDate: '2024-08-28',
  verified: true,
  volatility: { volatile: false },
  protectedBy: ['section-1367'],
  questions: [
    yesNo(
      't-visa.trafficking',
      'Was the client recruited, moved, harbored or obtained for labor or commercial sex through force, fraud or coercion (or any commercial sex under 18)?',
      '¿Su cliente fue reclutado, trasladado, escondido u obtenido para trabajar o para sexo comercial mediante fuerza, fraude o coerción (o cualquier sexo comercial siendo menor de 18 años)?',
    ),
    yesNo(
      't-visa.on-account',
      'Is the client in the United States (or at a port of entry) because of the trafficking?',
      '¿Su cliente está en Estados Unidos (o en un puerto de entrada) a causa de la trata?',
    ),
    yesNo(
      't-visa.cooperation',
      'Did the client comply with reasonable requests from law enforcement, or does an exception apply (under 18, trauma)?',
      '¿Su cliente cumplió con las peticiones razonables de las autoridades, o aplica una excepción (menor de 18 años, trauma)?',
    ),
    yesNo(
      't-visa.hardship',
      'Would removal cause extreme hardship involving unusual and severe harm?',
      '¿La deportación causaría un daño extremo, inusual y grave?',
    ),
  ],
  bars: [
    bar(
      't-visa.bar-inadmissibility',
      'Grounds of inadmissibility may need an I-192 waiver',
      'Las causales de inadmisibilidad pueden necesitar el perdón I-192',
      'INA 212(d)(13)',
    ),
  ],
  evidence: [
    evidence(
      't-visa.doc-declaration',
      'Declaration of the client, taken in a trauma-informed way',
      'Declaración de su cliente, tomada con atención al trauma',
    ),
    evidence(
      't-visa.doc-cooperation',
      'Proof of cooperation or of the exception (optional Supplement B)',
      'Prueba de la cooperación o de la excepción (Suplemento B opcional)',
    ),
    evidence(
      't-visa.doc-corroboration',
      'Any corroboration (pay records, messages, witnesses, reports)',
      'Cualquier prueba que lo confirme (pagos, mensajes, testigos, informes)',
    ),
  ],
  forms: [
    {
      form: 'I-914',
      name: {
        en: 'Application for T nonimmigrant status',
        es: 'Solicitud de estatus de no inmigrante T',
      },
      feeId: 'i-914',
      filedWith: 'uscis',
    },
    i192,
  ],
  deadlineRuleIds: ['eoir-33', 'ar-11'],
  changes: [
    change(
      '2024-08-28',
      'The 2024 T-visa rule took effect.',
      'Entró en vigor la regla de la visa T de 2024.',
      ['89 FR 34864 (2024-04-30)'],
    ),
  ],
};
