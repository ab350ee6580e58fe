#!/usr/bin/env bash
# Issue #8's last "done when": a new user installs our packages into a
# fresh Backstage app by following the README. Packs the four packages as
# npm would ship them, makes an app with @backstage/create-app, takes the
# README's "Install in your Backstage" and "Configure" steps, and proves the
# result: `yarn tsc`, the SLO API of the app's backend, and the SLO pages in
# a browser. Everything runs in one temp dir, removed on exit; logs stay in
# .demo/fresh-app. See docs/testing.md.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source=system-deps.sh
source scripts/system-deps.sh
ensure_prometheus
ensure_chromium
# shellcheck source=toolchain.sh
source scripts/toolchain.sh

# The create-app release of Backstage 1.55.0, our backstage.json; the
# backstage.json it generates is compared with ours below.
CREATE_APP_VERSION="${SLO_CREATE_APP_VERSION:-0.9.2}"
LOGS="$REPO_ROOT/.demo/fresh-app"
SCREENSHOTS="$REPO_ROOT/.demo/screenshots"
WORK="$(mktemp -d /tmp/slo-fresh-app.XXXXXX)"
APP="$WORK/app"
mkdir -p "$LOGS" "$SCREENSHOTS" "$WORK/tmp"
rm -f "$LOGS"/*.log "$SCREENSHOTS"/fresh-app-*.png
# Temp files of create-app, yarn builds and node stay in the work dir.
export TMPDIR="$WORK/tmp"
started=$(date +%s)
node_ts=(node --require @backstage/cli/config/nodeTransform.cjs)

phase_names=()
phase_seconds=()
phase=""
phase_started=0
end_phase() {
  if [[ -n "$phase" ]]; then
    phase_names+=("$phase")
    phase_seconds+=($(($(date +%s) - phase_started)))
    phase=""
  fi
}
start_phase() {
  end_phase
  phase="$1"
  phase_started=$(date +%s)
  echo
  echo "=== fresh app: $phase"
}
report_phases() {
  end_phase
  echo
  echo "fresh-app check phases:"
  for i in "${!phase_names[@]}"; do
    printf '  %-24s %5d s\n' "${phase_names[$i]}" "${phase_seconds[$i]}"
  done
  printf '  %-24s %5d s\n' total $(($(date +%s) - started))
}

fail() {
  echo "[fresh-app] FAILED in \"$phase\": $*" >&2
  exit 1
}

# Runs a command with its output in $LOGS/<name>.log, shown when it fails.
run_logged() {
  local log="$LOGS/$1.log"
  shift
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    fail "$* (log: $log)"
  fi
}

in_app() { (cd "$APP" && "$@"); }

server_groups=()
# Starts a server in its own process group, so that stopping the group
# stops yarn and every process under it.
start_server() {
  local name="$1" dir="$2"
  shift 2
  (cd "$dir" && exec setsid "$@") >"$LOGS/$name.log" 2>&1 &
  server_groups+=("$!")
}

# Waits for a URL while the server's process group lives.
wait_for() {
  local url="$1" group="$2" seconds="$3" name="$4"
  local deadline=$(($(date +%s) + seconds))
  until curl -sf -o /dev/null "$url"; do
    if ! kill -0 -- "-$group" 2>/dev/null; then
      tail -n 40 "$LOGS/$name.log" >&2
      fail "$name exited before $url answered (log: $LOGS/$name.log)"
    fi
    if (($(date +%s) > deadline)); then
      tail -n 40 "$LOGS/$name.log" >&2
      fail "$url did not answer within $seconds s (log: $LOGS/$name.log)"
    fi
    sleep 2
  done
}

cleanup() {
  local status=$?
  for group in "${server_groups[@]}"; do
    kill -TERM -- "-$group" 2>/dev/null || true
  done
  for group in "${server_groups[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 -- "-$group" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  rm -rf "$WORK"
  report_phases
  if [[ $status -eq 0 ]]; then
    echo "fresh-app check passed; screenshots in $SCREENSHOTS/fresh-app-*.png"
  else
    echo "fresh-app check failed; logs in $LOGS" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo "[fresh-app] interrupted in \"$phase\"" >&2; exit 130' INT TERM

start_phase "pack our packages"
run_logged pack bash scripts/fresh-app/pack.sh "$WORK/stage" "$WORK/tarballs"
ls "$WORK/tarballs"

start_phase "create-app"
(cd "$WORK" && run_logged create-app env BACKSTAGE_APP_NAME=fresh-app \
  npx --yes "@backstage/create-app@$CREATE_APP_VERSION" \
  --path app --skip-install </dev/null)
ours="$(node -p 'require("./backstage.json").version')"
theirs="$(node -p "require('$APP/backstage.json').version")"
[[ "$ours" == "$theirs" ]] ||
  fail "create-app $CREATE_APP_VERSION makes Backstage $theirs apps; we use $ours (set SLO_CREATE_APP_VERSION)"
echo "create-app $CREATE_APP_VERSION made a Backstage $theirs app in $APP"

start_phase "follow the README"
read -r APP_PORT BACKEND_PORT PROMETHEUS_PORT < <(node -e '
  const net = require("net");
  const servers = [0, 1, 2].map(() => net.createServer());
  Promise.all(servers.map(s => new Promise(r => s.listen(0, "127.0.0.1", r))))
    .then(() => {
      console.log(servers.map(s => s.address().port).join(" "));
      servers.forEach(s => s.close());
    });')
APP_URL="http://localhost:$APP_PORT"
BACKEND_URL="http://localhost:$BACKEND_PORT"
PROMETHEUS_URL="http://127.0.0.1:$PROMETHEUS_PORT"
"${node_ts[@]}" scripts/fresh-app/prepareApp.ts "$REPO_ROOT" "$APP" \
  "$WORK/tarballs" "$APP_URL" "$BACKEND_URL" "$PROMETHEUS_URL" ||
  fail "the README's steps could not be applied"

start_phase "yarn install"
# CI=true makes yarn refuse to write the lockfile, which a new app lacks.
run_logged install in_app yarn install --no-immutable
tail -n 1 "$LOGS/install.log"

start_phase "yarn tsc"
run_logged tsc in_app yarn tsc
echo "yarn tsc passed"

start_phase "backend"
mkdir -p "$WORK/prometheus"
printf 'global:\n  scrape_interval: 1m\n' >"$WORK/prometheus/prometheus.yml"
start_server prometheus "$WORK/prometheus" prometheus \
  --config.file=prometheus.yml --storage.tsdb.path=data \
  --web.listen-address="127.0.0.1:$PROMETHEUS_PORT"
wait_for "$PROMETHEUS_URL/-/ready" "${server_groups[-1]}" 30 prometheus
start_server backend "$APP" yarn workspace backend start
backend_group="${server_groups[-1]}"
# The frontend's dev server compiles while the backend check waits for
# the catalog.
start_server frontend "$APP" env BROWSER=none yarn workspace app start
frontend_group="${server_groups[-1]}"
wait_for "$BACKEND_URL/api/slo/health" "$backend_group" 300 backend
"${node_ts[@]}" scripts/fresh-app/checkBackend.ts "$BACKEND_URL" "$APP" ||
  fail "backend check (log: $LOGS/backend.log)"

start_phase "frontend"
wait_for "$APP_URL" "$frontend_group" 300 frontend
"${node_ts[@]}" scripts/fresh-app/checkBrowser.ts "$APP_URL" "$APP" \
  "$SCREENSHOTS" ||
  fail "browser check (logs: $LOGS/frontend.log, $LOGS/backend.log)"
