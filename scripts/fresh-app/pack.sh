#!/usr/bin/env bash
# Builds and packs the four published packages as `yarn npm publish` would
# ship them. It works on a copy of the repository: prepack rewrites
# package.json in place, and the working tree must never see that, nor the
# dist folders. The copy links the installed node_modules, so nothing is
# installed. Usage: pack.sh <stage dir> <tarball dir>
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STAGE="$1"
OUT="$2"
PACKAGES=(slo-common slo-node slo-backend slo)

mkdir -p "$STAGE/.yarn" "$STAGE/node_modules/@slo-engine" "$OUT"
cd "$REPO_ROOT"
cp package.json yarn.lock .yarnrc.yml backstage.json "$STAGE/"
cp -r .yarn/releases .yarn/install-state.gz "$STAGE/.yarn/"
# yarn pack turns workspace: ranges into versions, devDependencies too, so
# it needs every workspace's manifest.
for manifest in packages/*/package.json plugins/*/package.json; do
  mkdir -p "$STAGE/$(dirname "$manifest")"
  cp "$manifest" "$STAGE/$manifest"
done
for pkg in "${PACKAGES[@]}"; do
  tar -C "plugins/$pkg" -cf - --exclude=./node_modules --exclude=./dist . |
    tar -C "$STAGE/plugins/$pkg" -xf -
  if [[ -d "plugins/$pkg/node_modules" ]]; then
    ln -s "$REPO_ROOT/plugins/$pkg/node_modules" "$STAGE/plugins/$pkg/node_modules"
  fi
  ln -s "../../plugins/$pkg" "$STAGE/node_modules/@slo-engine/plugin-$pkg"
done
# The installed dependencies, except our own packages, which must resolve
# to the staged copies so that their types land in the stage's dist-types.
for entry in node_modules/* node_modules/.bin node_modules/.yarn-state.yml; do
  [[ "$entry" == node_modules/@slo-engine ]] && continue
  ln -s "$REPO_ROOT/$entry" "$STAGE/$entry"
done
# Only the published sources; preserveSymlinks keeps every dependency
# inside the stage's node_modules, where declarations can name it.
cp scripts/fresh-app/tsconfig.pack.json "$STAGE/tsconfig.json"

cd "$STAGE"
echo "[pack] type declarations (tsc)"
node_modules/.bin/tsc --incremental false
for pkg in "${PACKAGES[@]}"; do
  echo "[pack] building and packing @slo-engine/plugin-$pkg"
  (cd "plugins/$pkg" && yarn backstage-cli package build &&
    yarn pack --out "$OUT/%s-%v.tgz")
done
ls -l "$OUT"
