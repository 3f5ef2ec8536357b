/** The dashboard benchmarks' organisation (bench/dashboard, bench/console-first-screen). */
import { randomUUID } from 'node:crypto';
import { cliActor } from '../../server/src/admin/admin-actor';
import { createCases } from '../../server/src/admin/cases-service';
import type { Caller } from '../../server/src/auth/auth-context';
import { hashPassword } from '../../server/src/auth/password-hasher';
import type { Db } from '../../server/src/db/db';
import { json } from '../../server/src/db/db';
import { insertOrganisation } from '../../server/src/repositories/organisations-repository';
import { insertUser } from '../../server/src/repositories/users-repository';
import { refreshCaseSummaries } from '../../server/src/summaries/case-summaries-service';
import { CHEAP_PASSWORD_PARAMS } from '../../server/src/test-support/test-app';
import { syntheticBenchCases } from '../lib/synthetic-data';

export interface SeedSize {
  cases: number;
  volunteers: number;
  revisions: number;
}

/** The supervisor's password (cheap Argon2id parameters, as in the server tests). */
export const BENCH_PASSWORD = 'bench password long';

/**
 * One organisation of the dashboard's scale: a supervisor, volunteers with one laptop each (last
 * seen 0–20 days ago), cases (nine in ten assigned, round robin) with their summaries, and note
 * revisions (ten notes a case, ~600 bytes each).
 */
export async function seedDashboardOrg(db: Db, size: SeedSize) {
  const { cases: CASES, volunteers: VOLUNTEERS, revisions: REVISIONS } = size;
  const orgId = randomUUID();
  await insertOrganisation(db, { id: orgId, name: 'Bench organisation' });
  const password = await hashPassword(BENCH_PASSWORD, CHEAP_PASSWORD_PARAMS);
  const supervisorId = randomUUID();
  await insertUser(db, {
    id: supervisorId,
    orgId,
    email: `supervisor-${supervisorId.slice(0, 8)}@bench.example.org`,
    displayName: 'Bench Supervisor',
    role: 'supervisor',
    password,
  });
  const volunteers: string[] = [];
  for (let i = 0; i < VOLUNTEERS; i++) {
    const id = randomUUID();
    volunteers.push(id);
    await insertUser(db, {
      id,
      orgId,
      email: `volunteer-${i}@bench.example.org`,
      displayName: `Volunteer ${i}`,
      role: 'attorney',
      password,
    });
  }
  // One laptop each, last seen between now and 20 days ago.
  await db.query(
    `INSERT INTO devices (id, user_id, org_id, name, platform, app_version, last_seen_at)
     SELECT gen_random_uuid(), u::uuid, $1, 'Bench laptop', 'linux', '0.1.0',
       now() - (random() * interval '20 days')
     FROM jsonb_array_elements_text($2::jsonb) u`,
    [orgId, json(volunteers)],
  );
  const files = syntheticBenchCases(CASES);
  for (let i = 0; i < files.length; i += 250)
    await createCases(db, cliActor(orgId), files.slice(i, i + 250));
  // Nine cases in ten assigned, round robin.
  const assigned = files
    .map((file, n) => ({ caseId: file.id, userId: volunteers[n % VOLUNTEERS]! }))
    .filter((_, n) => n % 10 !== 0);
  await db.query(
    `INSERT INTO assignments (case_id, user_id, org_id, assigned_by)
     SELECT (a->>'caseId')::uuid, (a->>'userId')::uuid, $1, $3 FROM jsonb_array_elements($2::jsonb) a`,
    [orgId, json(assigned), supervisorId],
  );
  const ids = files.map((f) => f.id);
  for (let i = 0; i < ids.length; i += 500)
    await db.transaction((tx) => refreshCaseSummaries(tx, orgId, ids.slice(i, i + 500)));
  // 200,000 revisions: ten notes per case, each a chain of revisions of ~600 bytes.
  const perNote = Math.max(1, Math.round(REVISIONS / (CASES * 10)));
  await db.query(
    `INSERT INTO notes (id, org_id, case_id)
     SELECT gen_random_uuid(), $1, c::uuid FROM jsonb_array_elements_text($2::jsonb) c,
       generate_series(1, 10)`,
    [orgId, json(ids)],
  );
  await db.query(
    `INSERT INTO note_revisions (id, org_id, case_id, note_id, doc, author_user_id, device_id,
       mutation_id, received_at)
     SELECT gen_random_uuid(), n.org_id, n.case_id, n.id,
       jsonb_build_object('parentIds', '[]'::jsonb, 'state', 'draft',
         'body', repeat('Client describes the journey and the fear of return. ', 11)),
       $2, gen_random_uuid(), gen_random_uuid(), now() - (v * interval '1 hour')
     FROM notes n, generate_series(1, $3::int) v WHERE n.org_id = $1`,
    [orgId, volunteers[0], perNote],
  );
  await db.query('ANALYZE');
  const caller: Caller = {
    userId: supervisorId,
    orgId,
    role: 'supervisor',
    deviceId: null,
    sessionId: null,
  };
  const revisions = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM note_revisions WHERE org_id = $1',
    [orgId],
  );
  return {
    caller,
    files,
    revisions: revisions.rows[0]!.n,
    supervisor: {
      id: supervisorId,
      email: `supervisor-${supervisorId.slice(0, 8)}@bench.example.org`,
    },
  };
}
