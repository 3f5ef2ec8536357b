#!/usr/bin/env bash
# One backup of the Amparo database: `pg_dump` in custom format into BACKUP_DIR, readable by its
# owner only, named by UTC time; dumps older than KEEP_DAYS are removed. The connection comes from
# the environment (DATABASE_URL, or PGHOST/PGUSER/… with ~/.pgpass): no secret on the command line.
# Run nightly by amparo-backup.timer; copy BACKUP_DIR off the machine, encrypted (docs/deploy.md).
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL (or use PGHOST etc. with DATABASE_URL=postgres:///amparo)}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/amparo}"
KEEP_DAYS="${KEEP_DAYS:-35}"

umask 077
mkdir -p "$BACKUP_DIR"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$BACKUP_DIR/amparo-$stamp.dump"
# Written under a temporary name first: a half-written dump never looks like a backup.
pg_dump --format=custom --no-owner --no-privileges --file="$target.partial" "$DATABASE_URL"
pg_restore --list "$target.partial" >/dev/null   # the dump reads back
mv "$target.partial" "$target"
find "$BACKUP_DIR" -name 'amparo-*.dump' -type f -mtime "+$KEEP_DAYS" -delete
echo "$target"
