/**
 * Who gets what in the authorisation matrix, shared by the matrix files of each group of routes:
 * the HTTP status each kind of caller is expected to get.
 */
import type { MatrixContext, Relation } from './authorization-matrix';

export const anyCaller = (status: number) => ({
  anonymous: status,
  attorney: status,
  supervisor: status,
  admin: status,
  revoked: status,
  consoleSupervisor: status,
  consoleAdmin: status,
});
/** Laptop routes: a console session is refused (403, it is not a device). */
export const noConsole = { consoleSupervisor: 403, consoleAdmin: 403 };
export const onlyAdmin = {
  anonymous: 401,
  attorney: 403,
  supervisor: 403,
  admin: 200,
  revoked: 401,
  consoleSupervisor: 403,
  consoleAdmin: 200,
};
export const onlySupervisor = {
  anonymous: 401,
  attorney: 403,
  supervisor: 200,
  admin: 403,
  revoked: 401,
  consoleSupervisor: 200,
  consoleAdmin: 403,
};
export const staffOnly = {
  anonymous: 401,
  attorney: 403,
  supervisor: 200,
  admin: 200,
  revoked: 401,
  consoleSupervisor: 200,
  consoleAdmin: 200,
};
export const consoleOnly = {
  anonymous: 401,
  attorney: 403,
  supervisor: 403,
  admin: 403,
  revoked: 401,
  consoleSupervisor: 200,
  consoleAdmin: 200,
};

/** The case a case-scoped route is called on: assigned to the caller (case A) or not (case B). */
export const caseOf = (ctx: MatrixContext, relation: Relation) =>
  relation === 'assigned' ? ctx.caseA : ctx.caseB;
