import enValidation from '../../../renderer/src/i18n/locales/en/validation.json';
import esValidation from '../../../renderer/src/i18n/locales/es/validation.json';
import enConsole from './locales/en/console.json';
import esConsole from './locales/es/console.json';

export const defaultNS = 'console';

/** The console's own strings, and the laptop app's validation messages (core/ schemas' keys). */
export const resources = {
  en: { console: enConsole, validation: enValidation },
  es: { console: esConsole, validation: esValidation },
} as const;
