#!/usr/bin/env bash
# npm run api:types — writes the web pages' API types (apps/web/client/src/api-types/*.ts) from the
# services' OpenAPI documents, with openapi-typescript. The documents come from the services
# themselves, started in-process by tests/openapi-lint.e2e-spec.ts against the test database and
# broker; the same test, in npm test, fails when a committed file differs from what this writes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/ensure-deps.sh
bash scripts/infra/up.sh
export CASETRACK_TOPIC_PREFIX="${CASETRACK_TOPIC_PREFIX:-api-types-$(date +%s).}"
trap 'node scripts/infra/delete-topics.js >/dev/null 2>&1 || true' EXIT
UPDATE_API_TYPES=1 npx jest --selectProjects e2e tests/openapi-lint.e2e-spec.ts -t "API types"
echo "[api:types] wrote apps/web/client/src/api-types/"
