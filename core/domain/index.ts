/** Public surface of core/domain. */
export * from './a-number';
export * from './approximate-date';
export * from './approximate-date-parse';
export * from './case-file';
export * from './case-file-history';
export * from './case-file-known';
export * from './case-file-parties';
export * from './case-file-people';
export * from './case-file-sections';
export * from './case-logs';
export * from './case-records';
export * from './country-codes';
export * from './interview-session';
export * from './intake';
export * from './iso-date';
export * from './note-revision';
export * from './review';
export * from './validation-keys';
export {
  CatalogIdSchema,
  ClockTimeSchema,
  CountryCodeSchema,
  DatePrecisionSchema,
  IsoDateSchema,
  TEXT_LONG,
  TEXT_NAME,
  TEXT_SHORT,
  TimestampSchema,
  UuidSchema,
  issueKey,
} from './schema-primitives';
