import type { WarningRuleInput } from './rule-schema';
import { REVIEW_2026_12_06, all, any, changed, fact, text } from './rule-builders';

const fearOrHarm = any(fact('fearOfReturn'), fact('pastHarm'));

/** Warnings shown beside the candidates for their defenses while the condition holds. */
export const warningRules: WarningRuleInput[] = [
  {
    id: 'W01',
    when: fearOrHarm,
    defenseIds: ['asylum'],
    severity: 'warning',
    text: text(
      'DHS may move to pretermit asylum without a hearing on the merits under an asylum cooperative agreement (a "safe third country" agreement): the judge first decides whether the agreement applies (8 CFR 1240.11(h)), and unless the client shows it does not, the client can be ordered removed to that country. Reported holding of Matter of C-I-G-M- & L-V-S-G-, 29 I&N Dec. 291 (BIA 2025): not yet confirmed against the published decision.',
      'El DHS puede pedir que se descarte el asilo sin audiencia sobre el fondo por un acuerdo de cooperación de asilo (acuerdo de "tercer país seguro"): el juez decide primero si el acuerdo se aplica (8 CFR 1240.11(h)) y, salvo que su cliente demuestre que no, puede ordenar su deportación a ese país. Es lo que se informa de Matter of C-I-G-M- & L-V-S-G-, 29 I&N Dec. 291 (BIA 2025): aún no confirmado con la decisión publicada.',
    ),
    citations: [
      'Matter of C-I-G-M- & L-V-S-G-, 29 I&N Dec. 291 (BIA 2025)',
      '8 CFR 1240.11(h)',
      'INA 208(a)(2)(A)',
    ],
    verified: false,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'New: asylum pretermission under asylum cooperative agreements. Citation seen only in practitioner reports; kept unverified.',
        'Nuevo: descarte del asilo por acuerdos de cooperación de asilo. Cita vista solo en informes de abogados; se mantiene sin verificar.',
        [
          'https://www.cohentuckerlaw.com/?p=3175',
          'https://www.sabrinadamast.com/journal/2025/11/16/bia-limits-ij-review-of-asylum-cooperative-agreement',
        ],
        false,
      ),
    ],
  },
  {
    id: 'W02',
    when: fearOrHarm,
    defenseIds: ['asylum'],
    severity: 'warning',
    text: text(
      'An I-589 with a question left unanswered, no signature or required materials missing is incomplete: the judge need not consider it and may deem it abandoned, especially after a chance to fix it. A missing declaration alone does not make it incomplete (Matter of C-A-R-R-, 29 I&N Dec. 13 (BIA 2025); 8 CFR 1208.3(c)(3)).',
      'Un I-589 con una pregunta sin responder, sin firma o sin los materiales requeridos está incompleto: el juez no tiene que considerarlo y puede darlo por abandonado, sobre todo después de dar la oportunidad de corregirlo. La falta de una declaración por sí sola no lo hace incompleto (Matter of C-A-R-R-, 29 I&N Dec. 13 (BIA 2025); 8 CFR 1208.3(c)(3)).',
    ),
    citations: ['Matter of C-A-R-R-, 29 I&N Dec. 13 (BIA 2025)', '8 CFR 1208.3(c)(3)'],
    verified: true,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'New: an incomplete I-589 may be deemed abandoned. Citation and holding confirmed against EOIR’s published index of volume 29 (decided 2025-03-17, Interim Decision 4087).',
        'Nuevo: un I-589 incompleto puede darse por abandonado. Cita y decisión confirmadas con el índice publicado por la EOIR del volumen 29 (decidido el 2025-03-17, decisión interina 4087).',
        ['https://www.justice.gov/eoir/volume-29'],
      ),
    ],
  },
  {
    id: 'W03',
    when: all(fact('detained'), fact('pregnant')),
    defenseIds: ['humanitarian-parole', 'bond'],
    severity: 'info',
    text: text(
      'For a pregnant client, a release request can cite ICE Directive 11032.4 (pregnant, postpartum and nursing individuals), reportedly not rescinded as of October 2025: confirm it is still in force.',
      'Para una clienta embarazada, la solicitud de liberación puede citar la Directiva 11032.4 de ICE (personas embarazadas, en posparto o lactantes), que según se informa no se había revocado en octubre de 2025: confirme que sigue vigente.',
    ),
    citations: ['ICE Directive 11032.4'],
    verified: false,
    changes: [
      changed(
        REVIEW_2026_12_06,
        'New: ICE Directive 11032.4 for pregnant detained clients (status reported, not confirmed).',
        'Nuevo: Directiva 11032.4 de ICE para clientas detenidas embarazadas (situación informada, no confirmada).',
        [],
        false,
      ),
    ],
  },
];
