#!/usr/bin/env bash
# Stops what scripts/infra/up.sh started (and only that), in reverse order:
# Kafka, then the embedded PostgreSQL. Servers we did not start are left alone.
# Data in .infra/ is kept; delete .infra/kafka/data or .infra/postgres/data to reset.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

status=0
bash "$DIR/kafka.sh" down || status=$?
bash "$DIR/postgres.sh" down || status=$?   # try both even if one fails
exit "$status"
