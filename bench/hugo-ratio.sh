#!/usr/bin/env bash
# SiteGen against Hugo on the same papers, paired (issue 17: the full-build target).
#
#   bench/hugo-ratio.sh [--papers 10000] [--profile shipped] [--runs 3] [--r2r]
#
# Builds the corpus with SiteGen and Hugo in turn (S H S H ...), each build a full one into a new
# folder on tmpfs (/dev/shm: no disk in the measure), and reports the median wall and CPU seconds of
# each, peak memory, and the median of the paired wall ratios (SiteGen / Hugo): alternating spreads
# the shared machine's load over both tools. SiteGen is published the plain way (`dotnet publish -c
# Release`, as `dotnet tool install` users get it); --r2r publishes it with ReadyToRun. Hugo builds
# the same papers exported with `sitegen export --format markdown` into bench/hugo-site/ (minimal
# templates, author/topic/year taxonomies), as bench/run.sh does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

papers=10000 profile=shipped runs=3 r2r=false seed=20251209
while [ $# -gt 0 ]; do
  case "$1" in
    --papers) papers="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --r2r) r2r=true; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench/hugo-ratio.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
/usr/bin/time -v true >/dev/null 2>&1 || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
command -v hugo >/dev/null || { echo "needs hugo: apt-get install -y hugo" >&2; exit 1; }

. bench/paired-lib.sh
corpus=$(corpus_dir)

work=$(mktemp -d /dev/shm/sitegen-hugo.XXXXXX)
trap 'rm -rf "$work"' EXIT
publish_cli "$work/cli"
sitegen=(dotnet "$work/cli/SiteGen.Cli.dll")
cp -r "$corpus/input" "$work/input"
rm -f "$work/input/permalinks.yml"

# Hugo's copy of the papers (as bench/run.sh makes it).
cp -r bench/hugo-site "$work/hugo-site"
content="$work/hugo-site/content/papers"
mkdir -p "$content"
"${sitegen[@]}" export --format markdown --input "$work/input" -o "$content" >/dev/null
find "$content" -name '*.md' -print0 | xargs -0 perl -0pi -e 's/^(date: *"?(\d{4})[^\n]*\n)/$1years: ["$2"]\n/m'
rm -f "$work/input/permalinks.yml"


declare -A walls cpus rsss
ratios="" loads=""
for r in $(seq 1 "$runs"); do
  loads+="$(cut -d' ' -f1 /proc/loadavg) "
  rm -rf "$work/site" "$work/input/permalinks.yml"
  /usr/bin/time -v -o "$work/s.$r.time" "${sitegen[@]}" build --input "$work/input" --output "$work/site" --quiet >/dev/null 2>"$work/s.$r.err" \
    || { say "sitegen failed:"; tail "$work/s.$r.err" >&2; exit 1; }
  rm -rf "$work/public"
  /usr/bin/time -v -o "$work/h.$r.time" hugo --quiet --source "$work/hugo-site" --destination "$work/public" >/dev/null 2>"$work/h.$r.err" \
    || { say "hugo failed:"; tail "$work/h.$r.err" >&2; exit 1; }
  for v in s h; do
    walls[$v]+="$(wall "$work/$v.$r.time") "; cpus[$v]+="$(cpu "$work/$v.$r.time") "; rsss[$v]+="$(rss "$work/$v.$r.time") "
  done
  ratios+="$(awk -v a="$(wall "$work/s.$r.time")" -v b="$(wall "$work/h.$r.time")" 'BEGIN { printf "%.3f", a / b }') "
  say "run $r: sitegen $(wall "$work/s.$r.time") s, hugo $(wall "$work/h.$r.time") s"
done

files() { find "$1" -type f | wc -l | tr -d ' '; }
mib() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / 1048576 }'; }
echo "| tool | median wall s | median CPU s | median peak MiB | files | MiB | runs (wall s) |"
echo "|---|---:|---:|---:|---:|---:|---|"
echo "| SiteGen (ReadyToRun: $r2r) | $(echo "${walls[s]}" | median) | $(echo "${cpus[s]}" | median) | $(echo "${rsss[s]}" | median) | $(files "$work/site") | $(mib "$work/site") | ${walls[s]}|"
echo "| Hugo $(hugo version | grep -oE 'v[0-9.]+' | head -1) | $(echo "${walls[h]}" | median) | $(echo "${cpus[h]}" | median) | $(echo "${rsss[h]}" | median) | $(files "$work/public") | $(mib "$work/public") | ${walls[h]}|"
echo
echo "SiteGen / Hugo wall, median of $runs paired runs: $(echo "$ratios" | median) (pairs: $ratios); CPU ratio of medians: $(awk -v a="$(echo "${cpus[s]}" | median)" -v b="$(echo "${cpus[h]}" | median)" 'BEGIN { printf "%.2f", a / b }')"
echo "corpus: $corpus ($papers papers, profile $profile); outputs on tmpfs; machine: $(nproc) cores; 1-min load at each pair's start: $loads; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
