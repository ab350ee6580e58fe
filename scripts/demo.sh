#!/usr/bin/env bash
# Command 1 of the README: installs everything, generates 35 days of demo
# telemetry, serves it from a real Prometheus on loopback, and starts the
# Backstage backend and frontend (SQLite in memory). Ctrl-C stops it all.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
DEMO_DIR="$REPO_ROOT/.demo"

# shellcheck source=system-deps.sh
source scripts/system-deps.sh
ensure_prometheus
bash scripts/install.sh
# shellcheck source=toolchain.sh
source scripts/toolchain.sh

mkdir -p "$DEMO_DIR"
echo "[demo] generating telemetry for the demo catalog"
# The generator writes the history, then keeps serving the same fleet live
# for Prometheus to scrape, so short windows never run dry. Its scrape
# config appears once the feed answers.
rm -f "$DEMO_DIR/live-feed.yml"
node --require @backstage/cli/config/nodeTransform.cjs \
  packages/telemetry-generator/src/cli.ts \
  --fleet demo --days "${SLO_DEMO_DAYS:-35}" --out "$DEMO_DIR/telemetry.om" \
  --serve 0 --scrape-config "$DEMO_DIR/live-feed.yml" &
FEED_PID=$!
PROM_PID=
cleanup() {
  for pid in $PROM_PID $FEED_PID; do kill "$pid" 2>/dev/null || true; done
  for pid in $PROM_PID $FEED_PID; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
until [ -s "$DEMO_DIR/live-feed.yml" ]; do
  kill -0 "$FEED_PID" 2>/dev/null || {
    echo "[demo] the telemetry generator failed" >&2
    exit 1
  }
  sleep 0.5
done

echo "[demo] backfilling Prometheus blocks"
rm -rf "$DEMO_DIR/prometheus"
promtool tsdb create-blocks-from openmetrics --max-block-duration=8760h -q \
  "$DEMO_DIR/telemetry.om" "$DEMO_DIR/prometheus"
# The backend keeps the rules of every active SLO in rules/slo-engine.yml
# (slo.alerting.ruleFile) and asks Prometheus to reload it.
mkdir -p "$DEMO_DIR/rules"
{
  printf 'global:\n  scrape_interval: 1m\nrule_files:\n  - %s/rules/*.yml\n' \
    "$DEMO_DIR"
  cat "$DEMO_DIR/live-feed.yml"
} >"$DEMO_DIR/prometheus.yml"

PROM_PORT="${SLO_DEMO_PROMETHEUS_PORT:-$(node -e '
  const s = require("net").createServer().listen(0, "127.0.0.1", () => {
    console.log(s.address().port); s.close();
  });')}"
prometheus --config.file="$DEMO_DIR/prometheus.yml" \
  --storage.tsdb.path="$DEMO_DIR/prometheus" \
  --storage.tsdb.retention.time=3650d \
  --web.listen-address="127.0.0.1:$PROM_PORT" \
  --web.enable-lifecycle >"$DEMO_DIR/prometheus.log" 2>&1 &
PROM_PID=$!

for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PROM_PORT/-/ready" >/dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$PROM_PORT/-/ready" >/dev/null || {
  echo "[demo] Prometheus did not start; see $DEMO_DIR/prometheus.log" >&2
  exit 1
}
export SLO_PROMETHEUS_URL="http://127.0.0.1:$PROM_PORT"
echo "$SLO_PROMETHEUS_URL" >"$DEMO_DIR/prometheus-url"
# Backstage reads APP_CONFIG_* variables as config overrides.
export APP_CONFIG_slo_alerting_ruleFile_path="$DEMO_DIR/rules/slo-engine.yml"
export APP_CONFIG_slo_alerting_ruleFile_reloadUrl="$SLO_PROMETHEUS_URL/-/reload"

cat <<MSG

[demo] Prometheus with the demo history: $SLO_PROMETHEUS_URL
[demo] Starting Backstage. Open http://localhost:3000 and enter as guest.
[demo] SLO engine readiness: http://localhost:7007/api/slo/health/ready

MSG
yarn start
