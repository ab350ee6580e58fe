#!/usr/bin/env bash
# Installs the workspace dependencies with the provisioned toolchain.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=toolchain.sh
source "$REPO_ROOT/scripts/toolchain.sh"
cd "$REPO_ROOT"
echo "[install] node $(node -v), yarn $(yarn -v)"
if [[ "${CI:-}" == "true" && -f yarn.lock ]]; then
  yarn install --immutable
else
  yarn install
fi
