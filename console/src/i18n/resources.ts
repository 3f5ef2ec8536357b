import enCaseFile from '../../../renderer/src/i18n/locales/en/caseFile.json';
import enDrafts from '../../../renderer/src/i18n/locales/en/drafts.json';
import enValidation from '../../../renderer/src/i18n/locales/en/validation.json';
import esCaseFile from '../../../renderer/src/i18n/locales/es/caseFile.json';
import esDrafts from '../../../renderer/src/i18n/locales/es/drafts.json';
import esValidation from '../../../renderer/src/i18n/locales/es/validation.json';
import enCaseload from './locales/en/caseload.json';
import enConsole from './locales/en/console.json';
import esCaseload from './locales/es/caseload.json';
import esConsole from './locales/es/console.json';
import enReview from './locales/en/review.json';
import esReview from './locales/es/review.json';

export const defaultNS = 'console';

/**
 * The console's own strings (the caseload dashboard, calendar, closing and reports in their own
 * namespace), and three of the laptop app's namespaces: validation messages (the
 * core/ schemas' keys), the case file's field and option names (custody, hearing types) and the
 * drafts' names (so that a draft is called the same on both sides).
 */
export const resources = {
  en: {
    console: enConsole,
    validation: enValidation,
    caseFile: enCaseFile,
    drafts: enDrafts,
    caseload: enCaseload,
    review: enReview,
  },
  es: {
    console: esConsole,
    validation: esValidation,
    caseFile: esCaseFile,
    drafts: esDrafts,
    caseload: esCaseload,
    review: esReview,
  },
} as const;
