import type { InterviewTemplateInput } from './template-schema';
import { commonGuidance } from './guidance';
import { openingSection } from './opening-section';
import { fact, q } from './template-builders';

export const postHearingDebriefV1: InterviewTemplateInput = {
  id: 'post-hearing-debrief',
  version: 1,
  effectiveDate: '2026-11-27',
  title: { en: 'Post-hearing debrief', es: 'Reunión después de la audiencia' },
  purpose: {
    en: "Record the outcome, the next hearing, the judge's orders and deadlines, DHS's position, appeal and voluntary-departure terms, and bond; then explain them to the client.",
    es: 'Anotar el resultado, la próxima audiencia, las órdenes y plazos del juez, la posición del DHS, la apelación, las condiciones de la salida voluntaria y la fianza; luego explicárselos a su cliente.',
  },
  guidance: [
    ...commonGuidance,
    {
      en: 'Take every deadline from the deadline calculator, not from memory: BIA appeal rules are in litigation.',
      es: 'Tome cada plazo de la calculadora de plazos, no de memoria: las reglas de apelación ante la BIA están en litigio.',
    },
  ],
  sections: [
    openingSection,
    {
      id: 'outcome',
      title: { en: 'What happened', es: 'Qué pasó' },
      questions: [
        q(
          'debrief.outcome',
          'choice',
          ['Outcome', 'Resultado'],
          null,
          { caseFields: ['eoirStatus.status'] },
          [
            ['continued', 'Continued', 'Aplazada'],
            ['relief_granted', 'Relief granted', 'Alivio concedido'],
            ['removal_order', 'Removal order', 'Orden de deportación'],
            ['voluntary_departure', 'Voluntary departure', 'Salida voluntaria'],
            ['admin_closed', 'Administratively closed', 'Cierre administrativo'],
            ['terminated', 'Terminated', 'Terminado'],
            ['dismissed', 'Dismissed', 'Desestimado'],
            ['pending', 'Still pending (master hearing)', 'Sigue pendiente (audiencia preliminar)'],
          ],
        ),
        q('debrief.decision_date', 'date', ['Decision date', 'Fecha de la decisión'], null, {
          caseFields: ['eoirStatus.decisionDate'],
        }),
        q(
          'debrief.decision_oral',
          'yes_no',
          [
            'Was the decision given orally? (The appeal clock runs from the oral decision.)',
            '¿La decisión fue oral? (El plazo para apelar corre desde la decisión oral.)',
          ],
          null,
          { caseFields: ['eoirStatus.decisionWasOral'] },
        ),
        q(
          'debrief.next_hearing',
          'date',
          ['Next hearing date and type', 'Fecha y tipo de la próxima audiencia'],
          null,
          { caseFields: ['hearings[].date', 'hearings[].type'] },
        ),
        q(
          'debrief.ij_orders',
          'long_text',
          ["Judge's orders and filing deadlines", 'Órdenes del juez y plazos de presentación'],
          null,
        ),
        q(
          'debrief.dhs_position',
          'long_text',
          ['DHS position and concessions made', 'Posición del DHS y lo que se aceptó'],
          null,
        ),
        q(
          'debrief.dhs_dismissal',
          'yes_no_unknown',
          [
            'Did DHS move or offer to dismiss the case?',
            '¿El DHS pidió u ofreció desestimar el caso?',
          ],
          null,
          { facts: [fact('dhsProposesDismissal')] },
        ),
        q(
          'debrief.pleadings_taken',
          'yes_no_unknown',
          ['Were pleadings taken?', '¿Se presentaron los alegatos?'],
          null,
          {
            facts: [fact('pleadingsOpen', { trueWhen: [false], falseWhen: [true] })],
            caseFields: ['nta.pleadingsClosed'],
          },
        ),
        q('debrief.appeal', 'choice', ['Appeal', 'Apelación'], null, {}, [
          ['reserved', 'Reserved', 'Reservada'],
          ['waived', 'Waived', 'Se renunció'],
          ['not-applicable', 'Not applicable', 'No aplica'],
        ]),
        q(
          'debrief.vd_days',
          'number',
          [
            'Voluntary departure: days granted (bond amount and due date in notes)',
            'Salida voluntaria: días concedidos (monto y fecha de la fianza en notas)',
          ],
          null,
          { caseFields: ['eoirStatus.voluntaryDepartureDays'] },
        ),
        q(
          'debrief.bond_amount',
          'number',
          ['Bond set by the judge (USD), if any', 'Fianza fijada por el juez (USD), si la hay'],
          null,
          { caseFields: ['custody.ijBondAmount'] },
        ),
      ],
    },
    {
      id: 'explain',
      title: { en: 'Explain to the client', es: 'Explicar a su cliente' },
      questions: [
        q(
          'debrief.explained',
          'yes_no',
          [
            'Outcome, next date and duties explained, and the client repeated them back',
            'Se explicaron el resultado, la próxima fecha y las obligaciones, y su cliente las repitió',
          ],
          [
            'Today the judge decided: ___. Your next hearing is on ___. If you move, we must tell the court within 5 days, so call me first. If you disagree with the decision, the time to appeal is short; I will give you the exact date.',
            'Hoy el juez decidió: ___. Su próxima audiencia es el ___. Si se muda, tenemos que avisar a la corte en 5 días, así que llámeme antes. Si no está de acuerdo con la decisión, el plazo para apelar es corto; yo le daré la fecha exacta.',
          ],
        ),
        q(
          'debrief.vd_warning',
          'yes_no',
          [
            'If voluntary departure: explained the departure date, the bond and the penalties for not leaving',
            'Si hay salida voluntaria: se explicaron la fecha de salida, la fianza y las sanciones si no sale',
          ],
          [
            'You must leave by ___ and pay the bond by ___. If you do not leave on time, you will have to pay a fine and you cannot get most kinds of papers for 10 years.',
            'Debe salir a más tardar el ___ y pagar la fianza a más tardar el ___. Si no sale a tiempo, tendrá que pagar una multa y no podrá obtener la mayoría de los papeles durante 10 años.',
          ],
        ),
      ],
    },
  ],
};
