#!/usr/bin/env bash
# Command 2 of the README: installs what is missing, then runs type-check,
# lint and every test (SQLite and PostgreSQL, real Prometheus). Exits
# non-zero on any failure.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
started=$(date +%s)

# shellcheck source=system-deps.sh
source scripts/system-deps.sh
ensure_postgres
ensure_prometheus
ensure_chromium
bash scripts/install.sh
# shellcheck source=toolchain.sh
source scripts/toolchain.sh

step() { echo; echo "=== $* ($(($(date +%s) - started)) s)"; }

step "type-check"
yarn tsc:full

step "lint"
yarn backstage-cli repo lint

step "format"
yarn prettier --check .

step "tests"
export CI=true
export BACKSTAGE_TEST_DISABLE_DOCKER=1
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432/postgres}"
export SLO_REQUIRE_POSTGRES=1
results="$(mktemp)"
status=0
yarn backstage-cli repo test --json --outputFile="$results" || status=$?

step "demo portal in a browser"
smoke=0
node --require @backstage/cli/config/nodeTransform.cjs \
  packages/app/e2e-tests/demoSmoke.ts || smoke=1

step "README install into a fresh Backstage app"
fresh=0
bash scripts/fresh-app-check.sh || fresh=1

step "done"
# One closing line for every test run, the browser smoke test and the
# fresh-app check counted as one each.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const failed = Number(process.argv[2]) + Number(process.argv[3]);
  console.log(`${r.numPassedTests + 2 - failed} passed, ${r.numFailedTests + failed} failed`);
' "$results" "$smoke" "$fresh" || status=1
rm -f "$results"
if [[ $smoke -ne 0 || $fresh -ne 0 ]]; then status=1; fi
echo "test-all finished in $(($(date +%s) - started)) s"
exit "$status"
