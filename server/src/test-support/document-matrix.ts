/**
 * The documents routes in the authorisation matrix: a case's assigned attorneys and every
 * supervisor of the organisation (laptop or console); other attorneys get 404, admins 403, a
 * revoked laptop 401, before anything is read.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Expectation, MatrixContext, MatrixRoute, Relation } from './authorization-matrix';
import { pdfBytes, sha256Hex } from './document-fixtures';
import { caseOf, onlyAdmin } from './matrix-callers';

const members = (good: 'visible' | 'applied') => {
  const bad = good === 'visible' ? 'hidden' : 'rejected';
  const all: Expectation = { assigned: good, unassigned: good };
  return {
    anonymous: 401,
    attorney: { assigned: good, unassigned: bad } as Expectation,
    supervisor: all,
    admin: 403,
    revoked: 401,
    consoleSupervisor: all,
    consoleAdmin: 403,
  };
};
const okIs = (good: 'visible' | 'applied') => (response: LightMyRequestResponse) =>
  response.statusCode === 200 ? good : good === 'visible' ? 'hidden' : 'rejected';
const base = (ctx: MatrixContext, relation: Relation) =>
  `/v1/cases/${caseOf(ctx, relation).id}/documents`;
const bytes = pdfBytes(100);
/** A request on a document committed afresh on the case, for each call. */
const onCommitted =
  (method: 'GET' | 'POST' | 'DELETE', suffix = '') =>
  async (ctx: MatrixContext, relation: Relation): Promise<InjectOptions> => {
    const id = await ctx.fixtures.documentUpload(caseOf(ctx, relation).id, true);
    return { method, url: `${base(ctx, relation)}/${id}${suffix}` };
  };

export const documentMatrix: MatrixRoute[] = [
  {
    route: 'GET /v1/cases/:caseId/documents',
    expect: members('visible'),
    request: (ctx, relation) => ({ method: 'GET', url: base(ctx, relation) }),
    outcome: okIs('visible'),
  },
  {
    route: 'POST /v1/cases/:caseId/documents/uploads',
    expect: members('applied'),
    request: (ctx, relation) => ({
      method: 'POST',
      url: `${base(ctx, relation)}/uploads`,
      payload: { documentId: randomUUID(), name: 'm.pdf', size: 100, sha256: sha256Hex(bytes) },
    }),
    outcome: okIs('applied'),
  },
  {
    route: 'PUT /v1/cases/:caseId/documents/:documentId/chunks/:index',
    expect: members('applied'),
    request: async (ctx, relation) => {
      const id = await ctx.fixtures.documentUpload(caseOf(ctx, relation).id);
      return {
        method: 'PUT',
        url: `${base(ctx, relation)}/${id}/chunks/0`,
        headers: { 'content-type': 'application/octet-stream' },
        payload: pdfBytes(100),
      };
    },
    outcome: okIs('applied'),
  },
  {
    route: 'PUT /v1/cases/:caseId/documents/:documentId',
    expect: members('applied'),
    request: (ctx, relation) => ({
      method: 'PUT',
      url: `${base(ctx, relation)}/${randomUUID()}`,
      headers: {
        'content-type': 'application/octet-stream',
        'x-document-name': 'm.pdf',
        'x-document-sha256': sha256Hex(bytes),
      },
      payload: bytes,
    }),
    outcome: okIs('applied'),
  },
  {
    route: 'POST /v1/cases/:caseId/documents/:documentId/commit',
    expect: members('applied'),
    // Committing again answers the document (exactly once): the caller's access is what differs.
    request: onCommitted('POST', '/commit'),
    outcome: okIs('applied'),
  },
  {
    route: 'GET /v1/cases/:caseId/documents/:documentId/content',
    expect: members('visible'),
    request: onCommitted('GET', '/content'),
    outcome: okIs('visible'),
  },
  {
    route: 'DELETE /v1/cases/:caseId/documents/:documentId',
    expect: members('applied'),
    request: onCommitted('DELETE'),
    outcome: okIs('applied'),
  },
  {
    route: 'GET /v1/documents/feed',
    expect: {
      anonymous: 401,
      attorney: 200,
      supervisor: 200,
      admin: 403,
      revoked: 401,
      consoleSupervisor: 403,
      consoleAdmin: 403,
    },
    request: () => ({ method: 'GET', url: '/v1/documents/feed' }),
  },
  {
    route: 'GET /v1/admin/documents/settings',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/documents/settings' }),
  },
  {
    route: 'PUT /v1/admin/documents/settings',
    expect: onlyAdmin,
    request: () => ({
      method: 'PUT',
      url: '/v1/admin/documents/settings',
      payload: {
        caseQuotaBytes: 200 * 1024 * 1024,
        organisationQuotaBytes: 50 * 1024 * 1024 * 1024,
        retentionDays: null,
      },
    }),
  },
];
