// For main and renderer. The preload imports `./channels` directly so that zod stays out of it.
export * from './app-schemas';
export * from './bridge';
export * from './channels';
export * from './contract';
export * from './file-schemas';
export * from './log-schemas';
export * from './menu-schemas';
export * from './reminder-schemas';
export * from './result';
export * from './security-schemas';
export * from './shell-schemas';
export * from './update-schemas';
