/** Public surface of core/deadlines. */
export * from './asylum-deadline';
export * from './bia-deadlines';
export * from './business-days';
export * from './calendar-date';
export * from './cancellation-42a';
export * from './cancellation-clocks';
export * from './compute-deadlines';
export * from './decision-deadlines';
export * from './deadline-rule-changes';
export * from './deadline-rules';
export * from './deadline-settings';
export * from './deadline-types';
export * from './federal-holidays';
export * from './filing-deadlines';
export * from './presence-clock';
