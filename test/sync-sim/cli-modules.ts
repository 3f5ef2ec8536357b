/**
 * Everything `cli.ts` runs, loaded through one `tsImport`: each `tsImport` call loads its own copy
 * of every module it reaches, so loading these one by one made two copies of the app and of
 * fake-indexeddb in one process (report.ts reaches runner.ts too). The second copy replaced the
 * global `IDBKeyRange`, which the laptops' databases (the first copy's) refuse: a run in the CLI's
 * own process (`--jobs 1`, every printed replay command) crashed in a case-field save
 * (document-write-ahead.ts, "Data provided to an operation does not meet requirements").
 */
export { runSimulation } from './runner';
export { formatReport, newViolations } from './report';
export { disposeTemplate } from './sim-database';
export { SeedPool } from './seed-pool';
