#!/usr/bin/env bash
# Vendors npm's porter2, which search/engine.js bundles, into vendor/ (see ../../npm-vendor.sh).
# `vendor.sh --check` (run by .ci/run) fails unless vendor/ is exactly what npm installs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../npm-vendor.sh" "$here" porter2 dist/index.js "$@"
