#!/usr/bin/env bash
# Makes a PostgreSQL database ready for Ims.Rules.Orleans on this machine: starts the local server when it is
# installed but down (as root), creates the role and database when missing, applies the project's schema and queries
# for Orleans' ADO.NET grain storage (eng/orleans-sql/ims-orleans.sql; safe to apply again, so every run does), and
# prints the connection string on its last line.
#
#   bash eng/orleans-database.sh            # role ims, password ims, database ims_orleans on 127.0.0.1:5432
#   IMS_ORLEANS_DB=other bash eng/orleans-database.sh
#
# Installing the server is up to you (Debian: apt-get install postgresql); .ci/run does it in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${IMS_ORLEANS_DB:-ims_orleans}
user=${IMS_ORLEANS_USER:-ims}
password=${IMS_ORLEANS_PASSWORD:-ims}
port=${IMS_ORLEANS_PORT:-5432}

if ! command -v psql >/dev/null 2>&1; then
  echo "orleans-database: psql is not installed (Debian: apt-get install postgresql)." >&2
  exit 1
fi

# As root, run psql as the server's superuser; otherwise as whoever may create roles here.
as_admin() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@")
  else
    psql -h 127.0.0.1 -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"
  fi
}

if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  if [ "$(id -u)" = 0 ] && command -v pg_lsclusters >/dev/null 2>&1; then
    read -r version cluster < <(pg_lsclusters --no-header | awk '{print $1, $2; exit}')
    pg_ctlcluster "$version" "$cluster" start
    for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
  fi
  pg_isready -q -h 127.0.0.1 -p "$port" || { echo "orleans-database: no PostgreSQL server answers on 127.0.0.1:$port." >&2; exit 1; }
fi

if [ "$(as_admin -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
  as_admin -d postgres -c "CREATE ROLE $user LOGIN PASSWORD '$password'"
fi
if [ "$(as_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  as_admin -d postgres -c "CREATE DATABASE $db OWNER $user"
fi

export PGPASSWORD=$password PGOPTIONS=--client-min-messages=warning
orleans() { psql -h 127.0.0.1 -p "$port" -U "$user" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
orleans -f eng/orleans-sql/ims-orleans.sql >/dev/null
echo "orleans-database: the grain storage tables and queries are in $db." >&2
echo "Host=127.0.0.1;Port=$port;Database=$db;Username=$user;Password=$password"
