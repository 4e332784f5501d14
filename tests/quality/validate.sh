#!/usr/bin/env bash
# html-validate (npm, pinned in package-lock.json) on every page of two built sites: the shipped
# input and a real bibliography (Beebe's epodd.bib, 186 entries, with members for the people
# page). Runs in CI (.ci/run); the rules and the reason for each one turned off are in
# htmlvalidate.config.mjs. Usage: tests/quality/validate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
sitegen() { dotnet run --project "$root/src/SiteGen.Cli" -- "$@"; }

sitegen build --quiet --input "$root/input" --output "$work/shipped" --base-url https://lab.example.org/

mkdir -p "$work/bib/input"
cp "$root/tests/SiteGen.E2E/Relevance/epodd.bib" "$work/bib/input/"
cat > "$work/bib/input/site.yml" <<'YAML'
title: Electronic Publishing — Origination, Dissemination and Design
description: Every paper of the journal EP-odd, from Nelson H. F. Beebe's bibliography.
base_url: https://ep-odd.example.org/
authors:
  members:
    - name: David F. Brailsford
      role: Editor
    - name: Richard Furuta
      role: Editor
    - name: Nelson H. F. Beebe
      role: Bibliographer
      status: alumni
YAML
sitegen build --quiet --input "$work/bib/input" --output "$work/bib/output"

# The members above must have made the people page, or this run would not check it.
test -f "$work/bib/output/people.html" || { echo "validate.sh: the bibliography site has no people.html" >&2; exit 1; }

pages=$(find "$work/shipped" "$work/bib/output" -name '*.html' | wc -l)
cd "$here"
npx html-validate --config htmlvalidate.config.mjs "$work/shipped" "$work/bib/output"
echo "html-validate: $pages pages of two sites, no errors"
