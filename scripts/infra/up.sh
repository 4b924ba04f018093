#!/usr/bin/env bash
# Local infrastructure for casetrack, without Docker: PostgreSQL (existing or
# embedded, databases created) then Kafka (KRaft, topics created).
# Idempotent: running it again only re-checks. Stop with scripts/infra/down.sh.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

start_ms="$(date +%s%3N)"
bash "$DIR/postgres.sh" up   # also creates the casetrack / casetrack_test databases
bash "$DIR/kafka.sh" up      # also creates the topics from libs/contracts/src/topics.json
elapsed_ms=$(( $(date +%s%3N) - start_ms ))
echo "[infra] up in $(( elapsed_ms / 1000 )).$(( elapsed_ms % 1000 / 100 )) s"
