/**
 * Who may see the name and A-number of a client whose case is asylum-protected (8 CFR 208.6) or
 * 1367-protected (8 U.S.C. 1367): the case team only, that is the organisation's supervisors and
 * the attorneys the case is assigned to. Everyone else (administrators, and any role added later,
 * such as intake staff or funders' reports) gets the reference and "protected client" instead.
 * One rule for every list and screen that shows names.
 */
import type { Role } from '../sync/auth-schemas';

export interface Viewer {
  readonly role: Role;
  /** The case is assigned to this viewer. */
  readonly assigned: boolean;
}

export function isProtectedCase(flags: {
  readonly asylumProtected: boolean;
  readonly vawaProtected1367: boolean;
}): boolean {
  return flags.asylumProtected || flags.vawaProtected1367;
}

export function mayViewProtectedIdentity(viewer: Viewer): boolean {
  if (viewer.role === 'supervisor') return true;
  if (viewer.role === 'attorney') return viewer.assigned;
  return false;
}

/** The summary as this viewer may see it: protected names and A-numbers withheld when needed. */
export function identityForViewer<
  T extends {
    readonly clientName: string;
    readonly sortName: string;
    readonly aNumber: string | null;
    readonly asylumProtected: boolean;
    readonly vawaProtected1367: boolean;
  },
>(summary: T, viewer: Viewer): T & { readonly identityWithheld: boolean } {
  if (!isProtectedCase(summary) || mayViewProtectedIdentity(viewer))
    return { ...summary, identityWithheld: false };
  return { ...summary, clientName: '', sortName: '', aNumber: null, identityWithheld: true };
}
