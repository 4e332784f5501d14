#!/usr/bin/env bash
# Shared by the vendor.sh scripts (Search/Engine: porter2; MathML/Temml: temml). Installs the npm package
# that DIR's package-lock.json pins (with its integrity hash) and copies one of its files and its LICENSE
# into DIR/vendor/PACKAGE/, so that building a site needs .NET only, never Node. With --check (run by
# .ci/run) it installs afresh and fails unless DIR/vendor is exactly what npm gives: vendored code is
# npm's, never edited by hand.
#   npm-vendor.sh DIR PACKAGE FILE-IN-PACKAGE [--check]
set -euo pipefail
here="$1" package="$2" file="$3" mode="${4:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
mkdir -p "$work/vendor/$package"
cp "$work/node_modules/$package/$file" "$work/vendor/$package/$(basename "$file")"
cp "$work/node_modules/$package/LICENSE" "$work/vendor/$package/LICENSE"
if [ "$mode" = "--check" ]; then
  if ! diff -r "$work/vendor" "$here/vendor"; then
    echo "$here/vendor differs from what npm installs: run $here/vendor.sh" >&2
    exit 1
  fi
  echo "vendor/ matches npm ($package $(node -p "require('$work/node_modules/$package/package.json').version"))"
else
  rm -rf "$here/vendor"
  cp -r "$work/vendor" "$here/vendor"
  echo "vendor/ updated from npm"
fi
