#!/usr/bin/env bash
# The README's test command (npm test): installs, starts what the tests need (Kafka; PostgreSQL
# if none listens), type-checks, then runs every test tier and prints one summary line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
started=$SECONDS

bash scripts/ensure-deps.sh
# The run's own topics (e.g. test-1764270000.casetrack.mediation): suites start from empty topics,
# and nothing a test writes ever lands in the real ones. They are deleted when the run ends.
export CASETRACK_TOPIC_PREFIX="${CASETRACK_TOPIC_PREFIX:-test-$(date +%s).}"
trap 'node scripts/infra/delete-topics.js || true' EXIT
echo "[test] type-checking…"
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/web/client/tsconfig.json
bash scripts/infra/up.sh
# Private brokers of the int and fault suites run from the same jars, even when a broker already ran.
bash scripts/infra/kafka.sh fetch
node scripts/infra/reset-test-databases.js

# tests/compose-config.e2e-spec.ts validates docker-compose.yml with `docker-compose config` (no Docker
# engine needed): Debian's docker-compose package when neither it nor the `docker compose` plugin is there.
if ! command -v docker-compose >/dev/null 2>&1 && ! docker compose version >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y docker-compose
  else
    echo "[test] docker-compose is missing and only root can install it: the compose-config test will fail"
  fi
fi

mkdir -p .run
results=()
run_jest() {
  local phase=$1; shift
  local out=".run/jest-$phase.json"
  rm -f "$out"
  echo "[test] $phase tests…"
  set +e
  npx jest "$@" --json --outputFile="$out"
  local code=$?
  set -e
  results+=("$out")
  return $code
}

status=0
# Unit, integration and end-to-end suites share the broker and database but each works in its
# own district and schema, so they run side by side.
run_jest "suites" --selectProjects unit int e2e fuzz --maxWorkers=2 || status=1
# Fault scenarios stop and start processes: one at a time, after everything else.
if compgen -G "tests/faults/*.fault-spec.ts" >/dev/null; then
  run_jest "faults" --selectProjects faults --runInBand || status=1
fi

# The web workspace's pages in a real browser (Debian's Chromium), against the built services and
# pages run as processes of their own (tests/browser/support/stack.ts); never retried.
run_browser() {
  local out=".run/playwright.json"
  rm -f "$out"
  echo "[test] browser tests…"
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" -ne 0 ]; then echo "[test] /usr/bin/chromium is missing and only root can install it"; results+=("$out"); return 1; fi
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
  fi
  npm run --silent build
  npx vite build -c apps/web/client/vite.config.mts --logLevel warn
  set +e
  PLAYWRIGHT_JSON_OUTPUT_NAME="$out" npx playwright test --reporter=json >/dev/null
  local code=$?
  set -e
  results+=("$out")
  return $code
}
run_browser || status=1

node -e '
  let passed = 0, failed = 0, skipped = 0;
  for (const f of process.argv.slice(1)) {
    try {
      const r = JSON.parse(require("fs").readFileSync(f, "utf8"));
      if (r.stats && "expected" in r.stats) { passed += r.stats.expected; failed += r.stats.unexpected + r.stats.flaky + (r.errors || []).length; skipped += r.stats.skipped; }
      else { passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites; skipped += r.numPendingTests; }
    }
    catch { failed += 1; console.error(`no results in ${f}`); }
  }
  // The failures by name, last, so that the tail of a long run says what failed.
  const names = [];
  const walk = (suite, file) => {
    for (const spec of suite.specs || []) if (!spec.ok) names.push(`browser ${spec.file || file} › ${spec.title}`);
    for (const child of suite.suites || []) walk(child, suite.file || file);
  };
  for (const f of process.argv.slice(1)) {
    try {
      const r = JSON.parse(require("fs").readFileSync(f, "utf8"));
      if (r.stats && "expected" in r.stats) { (r.suites || []).forEach((s) => walk(s, s.file)); (r.errors || []).forEach((e) => names.push(`browser error: ${String(e.message || e).split("\n")[0]}`)); }
      else for (const t of r.testResults || []) {
        const file = require("path").relative(process.cwd(), t.name);
        const failedTests = (t.assertionResults || []).filter((a) => a.status === "failed");
        failedTests.forEach((a) => names.push(`${file} › ${a.fullName}`));
        if (t.status === "failed" && failedTests.length === 0) names.push(`${file}: ${String(t.message || "suite failed").split("\n").find((l) => l.trim()) || ""}`.slice(0, 300));
      }
    } catch {}
  }
  for (const n of names) console.log(`[test] FAILED ${n}`);
  console.log(`casetrack: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "${results[@]}"
echo "[test] finished in $((SECONDS - started)) s"
exit $status
