#!/usr/bin/env bash
# The README's main command (npm start): on a fresh machine, installs what is needed, brings up
# Kafka, PostgreSQL, the six services and the web app, loads the whole 2019 year through the public APIs and
# prints the 2019 annual report.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
started=$SECONDS

bash scripts/ensure-deps.sh
bash scripts/infra/up.sh
bash scripts/services.sh up
node dist/scripts/load-2019/main.js "$@"
node dist/scripts/print-report.js 2019
cat <<TXT

casetrack is running ($((SECONDS - started)) s to get here):
  mediation              http://127.0.0.1:3001   docs: http://127.0.0.1:3001/docs
  legal-aid              http://127.0.0.1:3002   docs: http://127.0.0.1:3002/docs
  administrative-review  http://127.0.0.1:3003   docs: http://127.0.0.1:3003/docs
  file-review            http://127.0.0.1:3004   docs: http://127.0.0.1:3004/docs
  legal-affairs          http://127.0.0.1:3006   docs: http://127.0.0.1:3006/docs
  public-legal-services  http://127.0.0.1:3007   docs: http://127.0.0.1:3007/docs
  legal-education        http://127.0.0.1:3008   docs: http://127.0.0.1:3008/docs
  reporting              http://127.0.0.1:3005   docs: http://127.0.0.1:3005/docs
  web (accounts, /api)   http://127.0.0.1:3000
  the report as JSON:    curl -H "Authorization: Bearer \$(node dist/scripts/token.js --role report-reader)" http://127.0.0.1:3005/v1/reports/annual/2019
Logs are in .run/logs/. Stop everything with:  npm stop
TXT
# Last, so the address and the first admin's one-time password end the output.
node dist/scripts/ensure-admin.js
