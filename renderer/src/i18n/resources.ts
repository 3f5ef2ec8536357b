import enAgenda from './locales/en/agenda.json';
import enAttachments from './locales/en/attachments.json';
import enCaseFile from './locales/en/caseFile.json';
import enCases from './locales/en/cases.json';
import enCommon from './locales/en/common.json';
import enDefenses from './locales/en/defenses.json';
import enDesktop from './locales/en/desktop.json';
import enDrafts from './locales/en/drafts.json';
import enErrors from './locales/en/errors.json';
import enForms from './locales/en/forms.json';
import enInterviews from './locales/en/interviews.json';
import enIntakes from './locales/en/intakes.json';
import enLogs from './locales/en/logs.json';
import enSearch from './locales/en/search.json';
import enSecurity from './locales/en/security.json';
import enSettings from './locales/en/settings.json';
import enSync from './locales/en/sync.json';
import enReview from './locales/en/review.json';
import enToday from './locales/en/today.json';
import enValidation from './locales/en/validation.json';
import esAgenda from './locales/es/agenda.json';
import esAttachments from './locales/es/attachments.json';
import esCaseFile from './locales/es/caseFile.json';
import esCases from './locales/es/cases.json';
import esCommon from './locales/es/common.json';
import esDefenses from './locales/es/defenses.json';
import esDesktop from './locales/es/desktop.json';
import esDrafts from './locales/es/drafts.json';
import esErrors from './locales/es/errors.json';
import esForms from './locales/es/forms.json';
import esInterviews from './locales/es/interviews.json';
import esIntakes from './locales/es/intakes.json';
import esLogs from './locales/es/logs.json';
import esSearch from './locales/es/search.json';
import esSecurity from './locales/es/security.json';
import esSettings from './locales/es/settings.json';
import esSync from './locales/es/sync.json';
import esReview from './locales/es/review.json';
import esToday from './locales/es/today.json';
import esValidation from './locales/es/validation.json';

export const defaultNS = 'common';

export const resources = {
  en: {
    common: enCommon,
    desktop: enDesktop,
    drafts: enDrafts,
    errors: enErrors,
    forms: enForms,
    interviews: enInterviews,
    intakes: enIntakes,
    logs: enLogs,
    caseFile: enCaseFile,
    attachments: enAttachments,
    cases: enCases,
    defenses: enDefenses,
    agenda: enAgenda,
    search: enSearch,
    security: enSecurity,
    sync: enSync,
    review: enReview,
    today: enToday,
    settings: enSettings,
    validation: enValidation,
  },
  es: {
    common: esCommon,
    desktop: esDesktop,
    drafts: esDrafts,
    errors: esErrors,
    forms: esForms,
    interviews: esInterviews,
    intakes: esIntakes,
    logs: esLogs,
    caseFile: esCaseFile,
    attachments: esAttachments,
    cases: esCases,
    defenses: esDefenses,
    agenda: esAgenda,
    search: esSearch,
    security: esSecurity,
    sync: esSync,
    review: esReview,
    today: esToday,
    settings: esSettings,
    validation: esValidation,
  },
} as const;

export { isLanguage, supportedLanguages, type Language } from './languages';
