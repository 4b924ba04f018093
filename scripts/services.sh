#!/usr/bin/env bash
# Builds and runs the casetrack services in the background (logs and pids under .run/).
#
#   scripts/services.sh up      build, start every service not already running, wait for /health/ready
#   scripts/services.sh down    stop the services this script started
#   scripts/services.sh status  one line per service
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUN="$ROOT/.run"
mkdir -p "$RUN/logs" "$RUN/pids"

# name:default-port:env-var-for-port
SERVICES=(
  "mediation:3001:MEDIATION_PORT"
  "legal-aid:3002:LEGAL_AID_PORT"
  "administrative-review:3003:ADMINISTRATIVE_REVIEW_PORT"
  "file-review:3004:FILE_REVIEW_PORT"
  "legal-affairs:3006:LEGAL_AFFAIRS_PORT"
  "public-legal-services:3007:PUBLIC_LEGAL_SERVICES_PORT"
  "legal-education:3008:LEGAL_EDUCATION_PORT"
  "reporting:3005:REPORTING_PORT"
  "web:3000:WEB_PORT"
)

log() { echo "[services] $*"; }

port_of() {
  local name=$1 default=$2 var=$3
  echo "${!var:-$default}"
}

alive() {
  local pidfile="$RUN/pids/$1.pid"
  [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# Ready (GET /health/ready): the database answers; Kafka being down leaves a service ready (degraded).
healthy() {
  curl -fsS -m 3 "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1
}

up() {
  # Nine processes share one PostgreSQL (max_connections is 100 by default). At the services' own
  # default of 10 connections each, the 2019 loader driving every service at once took nearly all
  # of them, and PostgreSQL refused the rest ("too many clients already"). Locally each pool gets 6
  # unless DATABASE_POOL_SIZE says otherwise.
  export DATABASE_POOL_SIZE="${DATABASE_POOL_SIZE:-6}"
  if [[ ! -d dist/apps || "${CASETRACK_SKIP_BUILD:-}" != "1" ]]; then
    log "building…"
    npm run --silent build
  fi
  local started=()
  for spec in "${SERVICES[@]}"; do
    IFS=: read -r name default var <<<"$spec"
    local entry="dist/apps/$name/src/main.js"
    if [[ ! -f "$entry" ]]; then log "$name: not built ($entry missing), skipped"; continue; fi
    if alive "$name"; then log "$name: already running (pid $(cat "$RUN/pids/$name.pid"))"; continue; fi
    local port; port=$(port_of "$name" "$default" "$var")
    if healthy "$port"; then log "$name: something already answers on port $port, not starting another"; continue; fi
    # setsid: the service outlives this shell; its own process group lets `down` stop it cleanly.
    setsid node "$entry" >>"$RUN/logs/$name.log" 2>&1 < /dev/null &
    echo $! >"$RUN/pids/$name.pid"
    started+=("$name:$port")
  done
  local deadline=$((SECONDS + 90))
  for entry in "${started[@]}"; do
    IFS=: read -r name port <<<"$entry"
    until healthy "$port"; do
      if ! alive "$name"; then log "$name exited; last log lines:"; tail -n 30 "$RUN/logs/$name.log" >&2; exit 1; fi
      if (( SECONDS > deadline )); then log "$name: /health/ready not OK after 90 s; last log lines:"; tail -n 30 "$RUN/logs/$name.log" >&2; exit 1; fi
      sleep 0.5
    done
    log "$name: up on http://127.0.0.1:$port (docs: /docs, log: .run/logs/$name.log)"
  done
}

down() {
  for spec in "${SERVICES[@]}"; do
    IFS=: read -r name _ _ <<<"$spec"
    local pidfile="$RUN/pids/$name.pid"
    [[ -f "$pidfile" ]] || continue
    local pid; pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
      log "$name stopped"
    fi
    rm -f "$pidfile"
  done
}

status() {
  for spec in "${SERVICES[@]}"; do
    IFS=: read -r name default var <<<"$spec"
    local port; port=$(port_of "$name" "$default" "$var")
    if healthy "$port"; then echo "$name: up on $port"; elif alive "$name"; then echo "$name: running, not healthy"; else echo "$name: stopped"; fi
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
