#!/usr/bin/env bash
# Local single-node Kafka (KRaft) without Docker: jars from Maven Central,
# state under .infra/kafka (git-ignored).
#
#   scripts/infra/kafka.sh up      fetch jars if needed, format storage if needed,
#                                  start the broker, create the topics (idempotent)
#   scripts/infra/kafka.sh down    stop the broker this script started (if any)
#   scripts/infra/kafka.sh fetch   only fetch the jars (idempotent)
#   scripts/infra/kafka.sh status  running/stopped (exit 0 when a broker answers, 3 otherwise)
#
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), JAVA_HOME (optional),
#      KAFKA_BROKERS (passed to create-topics.js; default 127.0.0.1:$KAFKA_PORT).
set -euo pipefail

# Everything is relative to the repo root, found from this file's location,
# so the script works from any cwd and in any clone.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

POM="$ROOT/infra/kafka/pom.xml"
PROPS_TEMPLATE="$ROOT/infra/kafka/server.properties"
LOG4J="$ROOT/infra/kafka/log4j.properties"
STATE="$ROOT/.infra/kafka"
LIBS="$STATE/libs"
DATA="$STATE/data"
LOGS="$STATE/logs"
PROPS="$STATE/server.properties"
PID_FILE="$STATE/kafka.pid"
CLUSTER_ID_FILE="$STATE/cluster.id"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
START_TIMEOUT_S=90
STOP_TIMEOUT_S=30

log() { echo "[kafka] $*"; }
die() { echo "[kafka] ERROR: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    die "java not found: install a JDK/JRE 17+ or set JAVA_HOME"
  fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Prints the pid of the broker we started, if it is still alive. A pid file
# whose process is not our java kafka.Kafka (e.g. pid reused after a reboot)
# does not count: we never signal a process we cannot identify.
our_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid cmd
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmd" == *java* && "$cmd" == *" kafka.Kafka "* && "$cmd" == *"$PROPS"* ]] || return 1
  echo "$pid"
}

# Client port of the broker we started, from the properties it runs with
# (may differ from $KAFKA_PORT if the env changed since).
running_port() {
  sed -n 's|^listeners=PLAINTEXT://[^:]*:\([0-9]*\).*|\1|p' "$PROPS"
}

# On a failed start: JVM-level errors land in kafka.out (stdout/stderr, plus
# WARN+ log lines); the broker's own ERROR/FATAL lines are in server.log.
# Only what this start wrote is shown (offsets recorded by start_broker).
OUT_OFFSET=0
SERVER_OFFSET=0
since_offset() {  # file offset: the part of the file written after offset
  local size; size="$(stat -c %s "$1" 2>/dev/null || echo 0)"
  (( size < $2 )) && set -- "$1" 0   # rolled over meanwhile: show from the start
  tail -c "+$(( $2 + 1 ))" "$1" 2>/dev/null || true
}
show_log_tail() {
  echo "----- ${LOGS#"$ROOT"/}/kafka.out (last lines) -----" >&2
  since_offset "$LOGS/kafka.out" "$OUT_OFFSET" | tail -n 20 >&2
  echo "----- ${LOGS#"$ROOT"/}/server.log (errors) -----" >&2
  since_offset "$LOGS/server.log" "$SERVER_OFFSET" \
    | grep -E '\] (ERROR|FATAL) |^Caused by' | tail -n 8 >&2 || true
}

# The jars are (re)fetched when missing or when infra/kafka/pom.xml changed
# since the last fetch (a copy of the pom marks a complete fetch, so an
# interrupted download is retried and versions never mix on the classpath).
ensure_jars() {
  if [[ -f "$LIBS/.pom.xml" ]] && cmp -s "$POM" "$LIBS/.pom.xml"; then
    return
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found: needed once to fetch the Kafka jars"
  log "fetching Kafka jars with Maven into ${LIBS#"$ROOT"/} ..."
  local t0 tmp="$LIBS.tmp"
  t0="$(now_ms)"
  rm -rf "$tmp"
  mkdir -p "$LOGS"
  # Maven prints its errors on stdout (and Debian's 3.8.7 stray colour
  # reset codes even with -q): keep it in a log and show it only on failure.
  if ! mvn -q -B -f "$POM" dependency:copy-dependencies -DoutputDirectory="$tmp" >"$LOGS/mvn.log" 2>&1; then
    tail -n 40 "$LOGS/mvn.log" >&2
    die "fetching the Kafka jars failed (is Maven Central reachable? full output in ${LOGS#"$ROOT"/}/mvn.log)"
  fi
  cp "$POM" "$tmp/.pom.xml"
  rm -rf "$LIBS"
  mv "$tmp" "$LIBS"
  log "jars fetched in $(( ($(now_ms) - t0) / 1000 )) s"
}

render_props() {
  mkdir -p "$DATA" "$LOGS"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
      -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@LOG_DIRS@|$DATA|g" \
      "$PROPS_TEMPLATE" >"$PROPS"
}

# Runs a Kafka main class with the fetched jars and our log4j config.
kafka_java() {
  "$(java_bin)" -Dlog4j.configuration="file:$LOG4J" -Dkafka.logs.dir="$LOGS" \
    -cp "$LIBS/*" "$@"
}

# KRaft refuses to start on unformatted storage. The cluster id is generated
# once and kept in .infra so re-formatting (after deleting data/) reuses it.
ensure_formatted() {
  [[ -f "$DATA/meta.properties" ]] && return
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    kafka_java kafka.tools.StorageTool random-uuid | tr -d '[:space:]' >"$CLUSTER_ID_FILE"
  fi
  log "formatting storage in ${DATA#"$ROOT"/} (cluster id $(cat "$CLUSTER_ID_FILE"))"
  kafka_java kafka.tools.StorageTool format --ignore-formatted \
    -t "$(cat "$CLUSTER_ID_FILE")" -c "$PROPS" >>"$LOGS/kafka.out" 2>&1 \
    || { show_log_tail; die "formatting the storage failed"; }
}

start_broker() {
  local java
  java="$(java_bin)"
  rm -f "$PID_FILE"
  echo "===== $(date -Is) starting broker on 127.0.0.1:$KAFKA_PORT =====" >>"$LOGS/kafka.out"
  OUT_OFFSET="$(stat -c %s "$LOGS/kafka.out")"
  SERVER_OFFSET="$(stat -c %s "$LOGS/server.log" 2>/dev/null || echo 0)"
  # setsid + nohup: the broker survives this shell and its terminal. The
  # inner bash writes its own pid and then exec's java, so the pid file holds
  # the java pid even when setsid has to fork.
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
    "$java" -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$LOG4J" -Dkafka.logs.dir="$LOGS" \
    -cp "$LIBS/*" kafka.Kafka "$PROPS" \
    >>"$LOGS/kafka.out" 2>&1 </dev/null &
  for _ in $(seq 1 50); do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
  [[ -s "$PID_FILE" ]] || die "broker process did not start"
  log "broker started (pid $(cat "$PID_FILE")), waiting for it to answer ..."
}

# Waits until the port accepts connections, failing fast if the JVM exits.
wait_for_port() {
  local deadline=$(( $(now_ms) + START_TIMEOUT_S * 1000 ))
  while ! port_open "$KAFKA_PORT"; do
    if ! our_pid >/dev/null; then
      show_log_tail
      die "the broker exited during start-up (see above, full logs in ${LOGS#"$ROOT"/})"
    fi
    if (( $(now_ms) > deadline )); then
      show_log_tail
      die "the broker did not answer on 127.0.0.1:$KAFKA_PORT within ${START_TIMEOUT_S} s (it is still running; 'kafka.sh down' stops it)"
    fi
    sleep 0.25
  done
}

cmd_up() {
  local t0 started=0 pid
  t0="$(now_ms)"
  if pid="$(our_pid)"; then
    local port; port="$(running_port)"
    [[ "$port" != "$KAFKA_PORT" ]] && log "note: our broker runs on port $port, not KAFKA_PORT=$KAFKA_PORT"
    KAFKA_PORT="$port"
    log "already running (pid $pid, 127.0.0.1:$KAFKA_PORT)"
  elif port_open "$KAFKA_PORT"; then
    # Someone else's broker (or another clone's): use it, do not start a second one.
    log "something already answers on 127.0.0.1:$KAFKA_PORT; using it"
    rm -f "$PID_FILE"
  elif port_open "$KAFKA_CONTROLLER_PORT"; then
    die "controller port 127.0.0.1:$KAFKA_CONTROLLER_PORT is already in use (set KAFKA_CONTROLLER_PORT)"
  else
    ensure_jars
    render_props
    ensure_formatted
    start_broker
    started=1
    wait_for_port
  fi

  # An open port is not enough (KRaft may still be electing/replaying):
  # create-topics.js waits for real metadata answers within what is left
  # of the start-up budget, then creates the missing topics.
  local left_ms=$(( START_TIMEOUT_S * 1000 - ($(now_ms) - t0) ))
  (( left_ms < 10000 )) && left_ms=10000
  if ! KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:$KAFKA_PORT}" KAFKA_WAIT_TIMEOUT_MS="$left_ms" \
       node "$ROOT/scripts/infra/create-topics.js"; then
    (( started )) && show_log_tail
    die "the broker does not serve requests (topics could not be ensured)"
  fi

  local elapsed_ms=$(( $(now_ms) - t0 ))
  if (( started )); then
    log "up in $(( elapsed_ms / 1000 )).$(( elapsed_ms % 1000 / 100 )) s (pid $(cat "$PID_FILE"), 127.0.0.1:$KAFKA_PORT, logs in ${LOGS#"$ROOT"/})"
  else
    log "ready in $(( elapsed_ms / 1000 )).$(( elapsed_ms % 1000 / 100 )) s (nothing started)"
  fi
}

cmd_down() {
  local pid
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE"
    if port_open "$KAFKA_PORT"; then
      log "not started by this script; leaving the broker on 127.0.0.1:$KAFKA_PORT alone"
    else
      log "not running"
    fi
    return 0
  fi
  log "stopping broker (pid $pid) ..."
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for (( i = 0; i < STOP_TIMEOUT_S * 4; i++ )); do
    [[ -d "/proc/$pid" ]] || break
    sleep 0.25
  done
  if [[ -d "/proc/$pid" ]]; then
    log "still running after ${STOP_TIMEOUT_S} s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if pid="$(our_pid)"; then
    KAFKA_PORT="$(running_port)"
    if port_open "$KAFKA_PORT"; then
      echo "kafka: running (pid $pid, 127.0.0.1:$KAFKA_PORT)"
    else
      echo "kafka: starting (pid $pid, 127.0.0.1:$KAFKA_PORT not answering yet)"
    fi
  elif port_open "$KAFKA_PORT"; then
    echo "kafka: running (127.0.0.1:$KAFKA_PORT, not started by this script)"
  else
    echo "kafka: stopped"
    return 3
  fi
}

case "${1:-}" in
  # fetch: only the jars (the test suites' private brokers need them even when a broker already runs).
  fetch) mkdir -p "$LOGS"; ensure_jars ;;
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status|fetch" >&2; exit 2 ;;
esac
