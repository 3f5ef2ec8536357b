export * from './law-schema';
export * from './fee-schema';
export { feeTable, feeIds, feeOn, fiscalYearOf, type FeeOnDate } from './fees-table';
export * from './tps-schema';
export {
  tpsTable,
  tpsCountry,
  tpsOpenToApplicants,
  tpsStatusOn,
  tpsStatusesOpenToApplicants,
} from './tps-table';
export * from './medical-risk';
export * from './u-visa-crimes';
export * from './acquisition-rules';
export * from './spanish-terms';
