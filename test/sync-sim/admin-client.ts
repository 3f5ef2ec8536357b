/**
 * The supervisor, through the admin API and a fault proxy of its own: moves cases between the two
 * demo attorneys, shares them and takes them back. A request that fails is tried again a few
 * times, as a person would click again; if the server stays down the change waits for later.
 */
import { signInWithTotp } from '../../server/src/test-support/totp-sign-in';
import type { FaultProxy } from './fault-proxy';
import type { Prng } from './prng';
import type { Credentials } from './sim-client';

interface CaseSummary {
  id: string;
  assignedUserIds: string[];
}

const ATTEMPTS = 4;

export class AdminClient {
  changes = 0;
  private token = '';
  private constructor(
    private readonly proxy: FaultProxy,
    private readonly credentials: Credentials,
  ) {}

  static async signIn(proxy: FaultProxy, credentials: Credentials): Promise<AdminClient> {
    const admin = new AdminClient(proxy, credentials);
    if (!(await admin.signInAgain())) throw new Error('supervisor sign-in failed');
    return admin;
  }

  /** Access tokens live seconds in the simulation: the supervisor signs in again when told to. */
  private async signInAgain(): Promise<boolean> {
    const response = await signInWithTotp(this.proxy.url, '/v1/auth/sign-in', this.credentials, {
      device: { name: 'supervisor-desk', platform: 'test', appVersion: '0.1.0' },
    });
    if (response.status !== 200) return false;
    this.token = (response.body as { accessToken: string }).accessToken;
    return true;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      try {
        const response = await fetch(`${this.proxy.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        if (response.ok) return (await response.json()) as T;
        if (response.status === 401) {
          await this.signInAgain();
          continue;
        }
        if (response.status < 500) throw new Error(`admin ${method} ${path}: ${response.status}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('admin ')) throw error;
      }
    }
    return null;
  }

  async listCases(): Promise<CaseSummary[] | null> {
    const result = await this.request<{ cases: CaseSummary[] }>('GET', '/v1/admin/cases');
    return result?.cases.sort((a, b) => (a.id < b.id ? -1 : 1)) ?? null;
  }

  async assign(caseId: string, userId: string): Promise<boolean> {
    const done = await this.request('POST', `/v1/admin/cases/${caseId}/assignments`, { userId });
    if (done) this.changes += 1;
    return done !== null;
  }

  async unassign(caseId: string, userId: string): Promise<boolean> {
    const done = await this.request('DELETE', `/v1/admin/cases/${caseId}/assignments/${userId}`);
    if (done) this.changes += 1;
    return done !== null;
  }
}

/**
 * One supervisor decision about one case and one of the two attorneys: take a shared case back
 * from them, move their only case to the other attorney, or give it to them as well.
 */
export async function reassignRandomCase(
  admin: AdminClient,
  prng: Prng,
  attorneys: readonly [string, string],
): Promise<'moved' | 'shared' | 'unshared' | 'skipped'> {
  const cases = await admin.listCases();
  if (!cases || cases.length === 0) return 'skipped';
  const target = prng.pick(cases);
  const which = prng.int(0, 1);
  const person = attorneys[which]!;
  const other = attorneys[1 - which]!;
  const has = (userId: string) => target.assignedUserIds.includes(userId);
  if (has(person) && has(other)) {
    return (await admin.unassign(target.id, person)) ? 'unshared' : 'skipped';
  }
  if (has(person)) {
    if (!(await admin.assign(target.id, other))) return 'skipped';
    return (await admin.unassign(target.id, person)) ? 'moved' : 'shared';
  }
  return (await admin.assign(target.id, person)) ? 'shared' : 'skipped';
}
