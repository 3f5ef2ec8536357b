import enCaseFile from '../../../renderer/src/i18n/locales/en/caseFile.json';
import enValidation from '../../../renderer/src/i18n/locales/en/validation.json';
import esCaseFile from '../../../renderer/src/i18n/locales/es/caseFile.json';
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
 * namespace), and two of the laptop app's namespaces: validation messages (the
 * core/ schemas' keys) and the case file's field and option names (custody, hearing types).
 */
export const resources = {
  en: {
    console: enConsole,
    validation: enValidation,
    caseFile: enCaseFile,
    caseload: enCaseload,
    review: enReview,
  },
  es: {
    console: esConsole,
    validation: esValidation,
    caseFile: esCaseFile,
    caseload: esCaseload,
    review: esReview,
  },
} as const;
