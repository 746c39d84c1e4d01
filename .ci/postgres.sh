# Sourced by .ci/run (and usable by hand: `source .ci/postgres.sh && start_postgres`): a throwaway
# PostgreSQL cluster for the tests. start_postgres initialises one in a temp dir, starts it on a free
# port on 127.0.0.1 as an unprivileged user (postgres refuses root) and exports its URL as
# PARLEY_TEST_POSTGRES_URL; stop_postgres stops it and removes the folder. Durability is off (fsync,
# synchronous_commit): nothing in it outlives the run.

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed: the PostgreSQL test cases will be skipped"
    return 1
  fi
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "running as root with no postgres user: the PostgreSQL test cases will be skipped"
      return 1
    fi
    as=(runuser -u postgres --)
  fi
  PARLEY_PG_DIR=$(mktemp -d /tmp/parley-pg-XXXXXX)
  chmod 755 "$PARLEY_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PARLEY_PG_DIR"
  local port
  port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
  if ! "${as[@]}" "$bin/initdb" -D "$PARLEY_PG_DIR/data" -U parley -A trust -E UTF8 --no-locale --no-sync >"$PARLEY_PG_DIR/initdb.log" 2>&1; then
    echo "initdb failed (see $PARLEY_PG_DIR/initdb.log): the PostgreSQL test cases will be skipped"
    return 1
  fi
  if ! "${as[@]}" "$bin/pg_ctl" -D "$PARLEY_PG_DIR/data" -l "$PARLEY_PG_DIR/server.log" -w -t 30 start \
    -o "-p $port -k $PARLEY_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null; then
    echo "PostgreSQL did not start (see $PARLEY_PG_DIR/server.log): the PostgreSQL test cases will be skipped"
    return 1
  fi
  PARLEY_PG_BIN=$bin
  export PARLEY_TEST_POSTGRES_URL="postgres://parley@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port ($PARLEY_PG_DIR)"
}

stop_postgres() {
  [ -n "${PARLEY_PG_DIR:-}" ] || return 0
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$PARLEY_PG_BIN/pg_ctl" -D "$PARLEY_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$PARLEY_PG_DIR"
  unset PARLEY_PG_DIR PARLEY_TEST_POSTGRES_URL
}
