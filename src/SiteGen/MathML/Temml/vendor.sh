#!/usr/bin/env bash
# Installs temml from npm (package-lock.json pins it, with its integrity hash) and copies the file the
# build runs (MathML/TemmlConverter.cs, in Jint) into vendor/, so that building a site needs .NET only,
# never Node. `vendor.sh --check` (run by .ci/run) installs afresh and fails unless vendor/ is exactly
# what npm gives: the vendored code is npm's, never edited by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
mkdir -p "$work/vendor/temml"
cp "$work/node_modules/temml/dist/temml.min.js" "$work/vendor/temml/temml.min.js"
cp "$work/node_modules/temml/LICENSE" "$work/vendor/temml/LICENSE"
if [ "${1:-}" = "--check" ]; then
  if ! diff -r "$work/vendor" "$here/vendor"; then
    echo "src/SiteGen/MathML/Temml/vendor differs from what npm installs: run src/SiteGen/MathML/Temml/vendor.sh" >&2
    exit 1
  fi
  echo "vendor/ matches npm (temml $(node -p "require('$work/node_modules/temml/package.json').version"))"
else
  rm -rf "$here/vendor"
  cp -r "$work/vendor" "$here/vendor"
  echo "vendor/ updated from npm"
fi
