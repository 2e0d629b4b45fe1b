#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages, starts a throwaway cluster listening on 127.0.0.1 only (trust auth,
# data in a temp folder), creates a database and prints `export TEST_DATABASE_URL=...` on stdout.
# Everything else goes to stderr, so CI can do:   eval "$(.ci/install-postgres.sh)"
# Needs root (for apt-get) or PostgreSQL already installed. Stop it with: pg_ctl -D "$PG_TEST_DIR/data" stop
set -euo pipefail

log() { echo "install-postgres: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(find_bin)" ]; then
  log "installing postgresql from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
fi
PGBIN="$(find_bin)"
[ -x "$PGBIN/initdb" ] || { log "no initdb under /usr/lib/postgresql/*/bin"; exit 1; }

# A free port on 127.0.0.1 (the cluster never listens on other interfaces).
PORT="${PGPORT_TEST:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
DIR="$(mktemp -d /tmp/ml-advisor-pg.XXXXXX)"
chmod 755 "$DIR"

# initdb refuses to run as root: use the postgres account the package created.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"

as_owner "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$DIR/initdb.log" 2>&1 ||
  { cat "$DIR/initdb.log" >&2; exit 1; }
as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200" start >&2 ||
  { cat "$DIR/server.log" >&2; exit 1; }
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres ml_advisor_test

log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $DIR"
echo "export PG_TEST_DIR=$DIR"
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/ml_advisor_test"
