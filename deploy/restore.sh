#!/usr/bin/env bash
# Restores an Amparo backup (from backup.sh) into an EMPTY database:
#   deploy/restore.sh BACKUP.dump postgres://amparo@host/amparo_restored
# It refuses a database that already has tables, so it can never overwrite the live one by
# mistake. Afterwards start the server on it: migrations newer than the dump run forward at start
# (they are forward-only); laptops notice the restore and re-send what the backup lacks.
set -euo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 BACKUP.dump TARGET_DATABASE_URL" >&2
  exit 2
fi
dump=$1
target=$2
[ -r "$dump" ] || { echo "cannot read $dump" >&2; exit 2; }
pg_restore --list "$dump" >/dev/null || { echo "$dump is not a pg_dump custom-format file" >&2; exit 2; }

tables=$(psql "$target" -X -A -t -v ON_ERROR_STOP=1 -c \
  "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")
if [ "$tables" != "0" ]; then
  echo "refusing: the target database already has $tables tables (restore into a new, empty database)" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$dump"
users=$(psql "$target" -X -A -t -v ON_ERROR_STOP=1 -c 'SELECT count(*) FROM users')
migrations=$(psql "$target" -X -A -t -v ON_ERROR_STOP=1 -c 'SELECT max(id) FROM schema_migrations')
echo "restored: $users accounts, schema at migration $migrations"
