#!/usr/bin/env bash
# Vendors npm's temml, which the build runs in Jint (MathML/TemmlConverter.cs), into vendor/ (see ../../npm-vendor.sh).
# `vendor.sh --check` (run by .ci/run) fails unless vendor/ is exactly what npm installs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../npm-vendor.sh" "$here" temml dist/temml.min.js "$@"
