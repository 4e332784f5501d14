#!/usr/bin/env bash
# A/B check of two SiteGen versions on one corpus, on this machine, in one run.
#
#   bench/ab.sh --base REF [--head REF] [--papers 10000] [--runs 5] [--corpus DIR]
#
# Publishes each git ref (as bench/run.sh does: Release, ReadyToRun) from a temporary worktree,
# then builds the corpus with each version in turn (A B A B ...), every build a full one into a
# new folder on tmpfs (/dev/shm: no disk in the measure), and reports the median wall and CPU
# seconds of each and their ratio. --head defaults to the working tree as it is (uncommitted
# changes included). Alternating the runs spreads any change in the machine's load over both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

base="" head="" papers=10000 runs=5 seed=20251209 corpus=""
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --head) head="$2"; shift 2 ;;
    --papers) papers="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench/ab.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$base" ] || { echo "bench/ab.sh: --base REF is required" >&2; exit 2; }
/usr/bin/time -v true >/dev/null 2>&1 || { echo "bench/ab.sh needs GNU time: apt-get install -y time" >&2; exit 1; }

work=$(mktemp -d /dev/shm/sitegen-ab.XXXXXX)
trap 'git worktree remove --force "$work/src-a" >/dev/null 2>&1 || true; git worktree remove --force "$work/src-b" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

publish() { # ref-or-empty, folder
  local ref="$1" out="$2" src="$root"
  if [ -n "$ref" ]; then
    src="$work/src-$(basename "$out")"
    git worktree add --detach -q "$src" "$ref"
  fi
  dotnet publish -c Release -nologo -v q -p:PublishReadyToRun=true -o "$out" "$src/src/SiteGen.Cli/SiteGen.Cli.csproj" >/dev/null
  # Each version renders with its own theme (the tool's fallback beside the executable).
  echo "$(cd "$src" && git rev-parse --short HEAD)$([ -z "$ref" ] && ! git -C "$src" diff --quiet HEAD && echo '+changes')"
}
echo "publishing A ($base) and B (${head:-working tree})..." >&2
label_a=$(publish "$base" "$work/a")
label_b=$(publish "$head" "$work/b")

if [ -z "$corpus" ]; then
  corpus=bench/corpora/ab-$papers
  if [ ! -d "$corpus/input" ]; then
    dotnet build -c Release -nologo -v q bench/SiteGen.Bench.Corpus/SiteGen.Bench.Corpus.csproj >/dev/null
    dotnet bench/SiteGen.Bench.Corpus/bin/Release/net10.0/SiteGen.Bench.Corpus.dll --papers "$papers" --seed "$seed" --out "$corpus" >&2
  fi
fi
input="$corpus/input"
rm -f "$input/permalinks.yml"

declare -A walls cpus
for r in $(seq 1 "$runs"); do
  for v in a b; do
    out="$work/out-$v"; rm -rf "$out" "$input/permalinks.yml"
    /usr/bin/time -v -o "$work/$v.$r.time" dotnet "$work/$v/SiteGen.Cli.dll" build --input "$input" --output "$out" --quiet >/dev/null 2>"$work/$v.$r.err" \
      || { echo "build $v failed:" >&2; tail "$work/$v.$r.err" >&2; exit 1; }
    walls[$v]+="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$work/$v.$r.time") "
    cpus[$v]+="$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$work/$v.$r.time") "
  done
done
rm -f "$input/permalinks.yml"

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
wa=$(echo "${walls[a]}" | median); wb=$(echo "${walls[b]}" | median)
ca=$(echo "${cpus[a]}" | median); cb=$(echo "${cpus[b]}" | median)
echo "| version | median wall s | median CPU s | runs (wall) |"
echo "|---|---:|---:|---|"
echo "| A $label_a | $wa | $ca | ${walls[a]}|"
echo "| B $label_b | $wb | $cb | ${walls[b]}|"
awk -v wa="$wa" -v wb="$wb" -v ca="$ca" -v cb="$cb" 'BEGIN { printf "B/A: wall %.2f, CPU %.2f\n", wb / wa, cb / ca }'
echo "corpus: $corpus ($(ls "$input" | wc -l) files); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
