import type { SectionInput } from './template-schema';
import { fact, q } from './template-builders';

/** Attorney-only questions answered after reviewing records; nothing here is read to the client. */
export const assessmentSection: SectionInput = {
  id: 'assessment',
  title: {
    en: 'Attorney assessment (not read to the client)',
    es: 'Evaluación del abogado (no se lee a su cliente)',
  },
  intro: {
    en: 'Answer after reviewing the NTA, the criminal records and the client\'s account. "Unknown" is a valid answer and keeps the screening asking.',
    es: 'Responda después de revisar el NTA, los antecedentes penales y el relato de su cliente. "No se sabe" es una respuesta válida y la evaluación seguirá preguntando.',
  },
  questions: [
    q(
      'assess.aggravated_felony',
      'yes_no_unknown',
      ['Is any conviction an aggravated felony?', '¿Alguna condena es un delito grave agravado?'],
      null,
      { facts: [fact('aggravatedFelony')] },
    ),
    q(
      'assess.particularly_serious_crime',
      'yes_no_unknown',
      [
        'Is any conviction a particularly serious crime?',
        '¿Alguna condena es un delito particularmente grave?',
      ],
      null,
      { facts: [fact('particularlySeriousCrime')] },
    ),
    q(
      'assess.conviction_212h_type',
      'yes_no_unknown',
      [
        'Is a conviction a CIMT, one possession of 30 g or less of marijuana, prostitution, or multiple convictions (212(h) can waive)?',
        '¿Alguna condena es por bajeza moral, una posesión de 30 g o menos de marihuana, prostitución o varias condenas (la 212(h) las puede perdonar)?',
      ],
      null,
      { facts: [fact('conviction212hType')] },
    ),
    q(
      'assess.no_documents_or_fraud',
      'yes_no_unknown',
      [
        'Is the client inadmissible under 212(a)(6)(C) (fraud) or 212(a)(7) (no valid documents)?',
        '¿Su cliente es inadmisible bajo la 212(a)(6)(C) (fraude) o la 212(a)(7) (sin documentos válidos)?',
      ],
      null,
      { facts: [fact('noDocumentsOrFraud')] },
    ),
    q(
      'assess.allegations_disputed',
      'yes_no_unknown',
      [
        'Is any NTA allegation wrong (name, nationality, entry date or manner)?',
        '¿Alguna alegación del NTA está equivocada (nombre, nacionalidad, fecha o forma de entrada)?',
      ],
      null,
      { facts: [fact('allegationsDisputed')], caseFields: ['nta.allegations[].pleading'] },
    ),
    q(
      'assess.criminal_charge_doubtful',
      'yes_no_unknown',
      [
        'Is a criminal removal charge doubtful under the categorical approach?',
        '¿Algún cargo penal de deportación es dudoso según el enfoque categórico?',
      ],
      null,
      { facts: [fact('criminalChargeDoubtful')], caseFields: ['nta.charges[].pleading'] },
    ),
    q(
      'assess.good_moral_character_5y',
      'yes_no_unknown',
      [
        'Good moral character for the last 5 years?',
        '¿Buena conducta moral en los últimos 5 años?',
      ],
      null,
      { facts: [fact('goodMoralCharacter5y')] },
    ),
    q(
      'assess.means_to_depart',
      'yes_no_unknown',
      [
        'Does the client have the means (passport, travel money) and the intent to depart?',
        '¿Su cliente tiene los medios (pasaporte, dinero para el viaje) y la intención de salir?',
      ],
      null,
      { facts: [fact('meansToDepart')] },
    ),
  ],
};
