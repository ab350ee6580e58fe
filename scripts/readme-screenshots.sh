#!/usr/bin/env bash
# Regenerates the README screenshots: runs the browser test of command 2
# against the full 35-day demo (not the 3 days CI uses, whose
# recommendations still carry cold-start badges) and copies the shots of
# the SLOs tab and the overview page into docs/images.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source=system-deps.sh
source scripts/system-deps.sh
ensure_prometheus
ensure_chromium
bash scripts/install.sh
# shellcheck source=toolchain.sh
source scripts/toolchain.sh

SLO_SMOKE_DAYS="${SLO_SMOKE_DAYS:-35}" node \
  --require @backstage/cli/config/nodeTransform.cjs \
  packages/app/e2e-tests/demoSmoke.ts

shots="$REPO_ROOT/.demo/screenshots"
cp "$shots/1-recommendation.png" docs/images/slo-recommendation.png
cp "$shots/2-dependencies.png" docs/images/slo-dependencies.png
cp "$shots/3-accepted.png" docs/images/slo-decide.png
cp "$shots/6-alerts.png" docs/images/slo-alerts.png
cp "$shots/7-overview.png" docs/images/slo-overview.png
echo "README screenshots updated from $shots"
