// A fresh PostgreSQL database for one Playwright worker's embedded server (playwright.config.ts),
// made the way .ci/run makes CI's: dropped if an earlier run left it, created, the app role
// (DATABASE_URL's) allowed to create in it, and the extensions the server needs. The owner role
// (DATABASE_OWNER_URL, else DATABASE_URL's) does the work, from the cluster's `postgres` database.
import pg from 'pg';

const appUrl = process.env['DATABASE_URL'];
if (!appUrl) throw new Error('DATABASE_URL is not set');
const ownerUrl = new URL(process.env['DATABASE_OWNER_URL'] ?? appUrl);
const name = new URL(appUrl).pathname.slice(1);
const appRole = decodeURIComponent(new URL(appUrl).username);
if (!/^\w+$/.test(name) || !/^\w+$/.test(appRole))
  throw new Error(`unexpected database or role name in DATABASE_URL: ${name}, ${appRole}`);

async function withClient(url: URL, work: (client: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

const cluster = new URL(ownerUrl);
cluster.pathname = '/postgres';
await withClient(cluster, async (client) => {
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  if (decodeURIComponent(ownerUrl.username) !== appRole)
    await client.query(`GRANT CREATE ON DATABASE ${name} TO ${appRole}`);
});
const database = new URL(ownerUrl);
database.pathname = `/${name}`;
await withClient(database, async (client) => {
  await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
});
