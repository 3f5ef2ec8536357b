/**
 * Two PostgreSQL roles (docs/audit-chain.md): the owner runs migrations and owns every table and
 * trigger; the app connects as a role that may read and write the data but only INSERT and SELECT
 * the audit log and its chain, so a compromised server process cannot rewrite history, switch the
 * append-only triggers off or drop them (only an owner may). Granted after every migration run, so
 * tables added later are covered. PGlite has one user: nothing here applies (not enforced).
 */
import type { Queryable } from './db';

/** Tables the app may only append to and read. */
export const APPEND_ONLY_TABLES = ['audit_log', 'audit_chain'] as const;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The role a PostgreSQL URL connects as, and its password when the URL carries one. */
export function roleOfUrl(url: string): { role: string; password: string | null } {
  const parsed = new URL(url);
  return {
    role: decodeURIComponent(parsed.username) || 'postgres',
    password: parsed.password ? decodeURIComponent(parsed.password) : null,
  };
}

/** Refuses an owner URL naming another database than the app's (a migrated database left unused). */
export function assertSameDatabase(appUrl: string, ownerUrl: string) {
  const where = (url: string) => {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  };
  if (where(appUrl) !== where(ownerUrl))
    throw new Error(
      `DATABASE_OWNER_URL names ${where(ownerUrl)} but DATABASE_URL names ${where(appUrl)}: both must name one database`,
    );
}

/** Creates the app's login role when it is missing (the owner needs CREATEROLE for that). */
export async function ensureAppRole(owner: Queryable, role: string, password: string | null) {
  const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.rowCount > 0) return false;
  // CREATE ROLE takes no parameters: the password goes in as a quoted literal.
  const literal = password === null ? 'NULL' : `'${password.replace(/'/g, "''")}'`;
  await owner.query(`CREATE ROLE ${ident(role)} LOGIN PASSWORD ${literal}`);
  return true;
}

/** What the app's role may do in the current schema; refuses a role that owns the audit log. */
export async function grantAppRole(owner: Queryable, role: string): Promise<void> {
  const facts = await owner.query<{ schema: string; superuser: boolean | null; owns: boolean }>(
    `SELECT current_schema() AS schema,
       (SELECT rolsuper FROM pg_roles WHERE rolname = $1) AS superuser,
       EXISTS (SELECT 1 FROM pg_tables t JOIN pg_roles r ON r.rolname = $1
         WHERE t.schemaname = current_schema() AND t.tablename = 'audit_log'
           AND pg_has_role(r.oid, t.tableowner, 'MEMBER')) AS owns`,
    [role],
  );
  const { schema, superuser, owns } = facts.rows[0]!;
  if (superuser === null) throw new Error(`the app's database role ${role} does not exist`);
  if (superuser || owns)
    throw new Error(
      `the app's database role ${role} ${superuser ? 'is a superuser' : 'owns the audit log'}: ` +
        'give DATABASE_URL a role of its own (docs/deploy.md)',
    );
  const s = ident(schema);
  const r = ident(role);
  for (const statement of [
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${s}.schema_migrations FROM ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${APPEND_ONLY_TABLES.map(
      (table) => `${s}.${table}`,
    ).join(', ')} FROM ${r}`,
  ])
    await owner.query(statement);
}

/**
 * Whether the connection's own role is held to appending (PostgreSQL with the two roles).
 * False on PGlite and wherever the app connects as the owner or a superuser.
 */
export async function auditLogProtected(app: Queryable): Promise<boolean> {
  const result = await app.query<{ protected: boolean }>(
    `SELECT NOT (r.rolsuper OR pg_has_role(t.tableowner, 'MEMBER')
       OR has_table_privilege('audit_log', 'UPDATE')
       OR has_table_privilege('audit_log', 'DELETE')
       OR has_table_privilege('audit_log', 'TRUNCATE')) AS protected
     FROM pg_roles r, pg_tables t
     WHERE r.rolname = current_user AND t.schemaname = current_schema() AND t.tablename = 'audit_log'`,
  );
  return result.rows[0]?.protected ?? false;
}
