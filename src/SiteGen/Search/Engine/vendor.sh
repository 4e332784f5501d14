#!/usr/bin/env bash
# Installs the npm packages search/engine.js bundles (package-lock.json pins them, with their integrity
# hashes) and copies the files the engine uses into vendor/, so that building a site needs .NET only,
# never Node. `vendor.sh --check` (run by .ci/run) installs afresh and fails unless vendor/ is exactly
# what npm gives: the vendored code is npm's, never edited by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
mkdir -p "$work/vendor/porter2"
cp "$work/node_modules/porter2/dist/index.js" "$work/vendor/porter2/index.js"
cp "$work/node_modules/porter2/LICENSE" "$work/vendor/porter2/LICENSE"
if [ "${1:-}" = "--check" ]; then
  if ! diff -r "$work/vendor" "$here/vendor"; then
    echo "src/SiteGen/Search/Engine/vendor differs from what npm installs: run src/SiteGen/Search/Engine/vendor.sh" >&2
    exit 1
  fi
  echo "vendor/ matches npm (porter2 $(node -p "require('$work/node_modules/porter2/package.json').version"))"
else
  rm -rf "$here/vendor"
  cp -r "$work/vendor" "$here/vendor"
  echo "vendor/ updated from npm"
fi
