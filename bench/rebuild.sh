#!/usr/bin/env bash
# Rebuilds that follow the change (issue 17), on a bench corpus, with the published CLI.
#
#   bench/rebuild.sh [--papers 10000] [--profile shipped] [--repeat 3] [--r2r]
#
# Builds the corpus once, then for each edit (one abstract, one title, one author's name, an added
# paper), starting each time from that first build: applies the edit, times a rebuild over the
# last site, then times a full build of the same edited input into an empty folder, and checks the
# two sites are the same files with the same bytes (the manifest alike but for its fingerprint).
# Each edit is measured --repeat times, the rebuild and its full build back to back (paired: the
# machine's load moves both alike); the table gives medians and the median of the paired ratios.
# Outputs go to tmpfs (/dev/shm): no disk in the measure. The CLI is published the plain way
# (`dotnet publish -c Release`, as `dotnet tool install` users get it); --r2r publishes with ReadyToRun.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

papers=10000 profile=shipped repeat=3 r2r=false seed=20251209
while [ $# -gt 0 ]; do
  case "$1" in
    --papers) papers="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --r2r) r2r=true; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench/rebuild.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
/usr/bin/time -v true >/dev/null 2>&1 || { echo "bench/rebuild.sh needs GNU time: apt-get install -y time" >&2; exit 1; }

. bench/paired-lib.sh
corpus=$(corpus_dir)

work=$(mktemp -d /dev/shm/sitegen-rebuild.XXXXXX)
trap 'rm -rf "$work"' EXIT
publish_cli "$work/cli"
sitegen=(dotnet "$work/cli/SiteGen.Cli.dll")

# build INPUT OUTPUT REPORT: one timed build (fails the script if the build does).
build() {
  /usr/bin/time -v -o "$3.time" "${sitegen[@]}" build --input "$1" --output "$2" >"$3.out" 2>"$3.err" \
    || { say "build failed ($3):"; tail "$3.err" >&2; exit 1; }
}

# The first build: its input (with the permalink map it wrote) and its site are where every edit starts.
mkdir -p "$work/base"
cp -r "$corpus/input" "$work/base/input"
rm -f "$work/base/input/permalinks.yml"
say "first build of $corpus..."
build "$work/base/input" "$work/base/site" "$work/base"

listing=$(ls "$work/base/input" | grep -E '^list-' | head -1)
[ -n "$listing" ] || { say "no list-*.txt listing in $corpus"; exit 1; }
# Edits to $listing (a publication list: owner line, then title / authors / abstract per paper).
edit() {
  local file="$1/$listing"
  case "$2" in
    abstract) perl -pi -e 's/$/ Revised./ if $. == 4' "$file" ;;
    title) perl -pi -e 's/$/ Revisited/ if $. == 2' "$file" ;;
    author) perl -pi -e 's/^([^,]+), ([^,]+)/$1, $2ina/ if $. == 3' "$file" ;;
    added) printf '\nA Paper Added Since The First Build\nDoe, Jane, Roe, Richard\nAn abstract for a paper added after the first build, long enough to be one.\n' >>"$file" ;;
  esac
}

# The same files with the same bytes; the manifests alike but for the fingerprint (it names the output folder).
same_site() {
  diff -rq -x .sitegen-output "$1" "$2" >/dev/null \
    && diff <(grep -v '^fingerprint' "$1/.sitegen-output") <(grep -v '^fingerprint' "$2/.sitegen-output") >/dev/null
}

echo "| edit | rendered pages (of all) | files written | rebuild s (median) | full build s (median) | rebuild / full (median of pairs) | rebuild / full CPU (median of pairs) | load (1-min, at start) | same bytes as the full build |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
for what in abstract title author added; do
  rebuilds="" fulls="" ratios="" cpu_ratios="" load=$(cut -d' ' -f1 /proc/loadavg) same=yes
  for r in $(seq 1 "$repeat"); do
    rm -rf "$work/in" "$work/site" "$work/full"
    cp -r "$work/base/input" "$work/in"
    cp -r "$work/base/site" "$work/site"
    edit "$work/in" "$what"
    build "$work/in" "$work/site" "$work/rebuild"
    build "$work/in" "$work/full" "$work/full"
    same_site "$work/full" "$work/site" || same=NO
    a=$(wall "$work/rebuild.time"); b=$(wall "$work/full.time")
    rebuilds+="$a " fulls+="$b " ratios+="$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }') "
    cpu_ratios+="$(awk -v a="$(cpu "$work/rebuild.time")" -v b="$(cpu "$work/full.time")" 'BEGIN { printf "%.3f", a / b }') "
  done
  rendered=$(grep -oE '[0-9]+ pages \([0-9]+ rendered\)' "$work/rebuild.out" | sed -E 's/([0-9]+) pages \(([0-9]+) rendered\)/\2 (\1)/')
  written=$(grep -oE 'wrote [0-9]+ files' "$work/rebuild.out" | grep -oE '[0-9]+')
  echo "| $what | $rendered | $written | $(echo "$rebuilds" | median) | $(echo "$fulls" | median) | $(echo "$ratios" | median) | $(echo "$cpu_ratios" | median) | $load | $same |"
done
echo
echo "corpus: $corpus ($papers papers, profile $profile); CLI: dotnet publish -c Release (ReadyToRun: $r2r); outputs on tmpfs; $repeat pairs per edit"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end; first build $(wall "$work/base.time") s"
