#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or were installed from another lockfile
# (compared by content: a fresh checkout's newer file time alone does not reinstall).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STAMP=node_modules/.casetrack-lockfile.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f node_modules/.package-lock.json || ! -f "$STAMP" || "$(cat "$STAMP")" != "$want" ]]; then
  echo "[deps] installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$STAMP"
fi
