#!/usr/bin/env bash
# SiteGen benchmark harness (issue 7; docs/benchmarks.md explains the figures).
#
#   bench/run.sh                      1k and 10k papers: SiteGen and Hugo side by side
#   bench/run.sh --sizes "100000"     other corpus sizes
#   bench/run.sh --profile firehose   another corpus shape: shipped (default), bibliographies, firehose
#   bench/run.sh --no-hugo            SiteGen only
#   bench/run.sh --r2r                publish the CLI with ReadyToRun (default: the plain `dotnet publish -c Release` users get)
#   bench/run.sh --repeat 3           run each build 3 times, report the fastest (shared machines are noisy)
#   bench/run.sh --smoke              CI: 1k corpus + one sitegen build, no Hugo, no timing claims
#   bench/run.sh --no-fresh-fs        write outputs into plain folders (see below)
#   bench/run.sh --math 0.1           a tenth of the abstracts end with a sentence of TeX formulas
#                                     (corpora and results in <size>-math0.1/)
#
# As root, every measured build (SiteGen's and Hugo's alike) writes into a new ext4 filesystem
# on a loop device: creating files where many were just deleted is several times slower on
# ext4 (it scans the freed inodes), so without this a run's cost depends on the runs before it.
#
# Corpora are generated once per size and cached in bench/corpora/<size>/ (gitignored);
# every run's raw output lands in bench/results/<size>/ and the table in bench/results/summary.md.
# Nothing is installed: if GNU time or hugo is missing the script says how to get it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

sizes="1000 10000"
profile=shipped
seed=20251209
smoke=0
with_hugo=1
repeat=1
fresh_fs=auto
r2r=false
math=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --no-hugo) with_hugo=0; shift ;;
    --repeat) repeat="$2"; shift 2 ;;
    --smoke) smoke=1; with_hugo=0; sizes=1000; fresh_fs=0; shift ;;
    --no-fresh-fs) fresh_fs=0; shift ;;
    --r2r) r2r=true; shift ;;
    --math) math="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "$*" >&2; }

gnu_time=/usr/bin/time
if ! "$gnu_time" -v true >/dev/null 2>&1; then
  if [ "$smoke" = 1 ]; then
    say "note: GNU time not found; the smoke run checks the build works but measures nothing (apt-get install -y time)"
    gnu_time=""
  else
    say "bench/run.sh needs GNU time for CPU and peak memory: apt-get install -y time"
    exit 1
  fi
fi

if [ "$with_hugo" = 1 ] && ! command -v hugo >/dev/null 2>&1; then
  say "hugo not found: the Hugo column is skipped. Install it with: apt-get install -y hugo"
  with_hugo=0
fi

if [ "$fresh_fs" = auto ]; then
  fresh_fs=0
  if [ "$(id -u)" = 0 ] && command -v mkfs.ext4 >/dev/null && command -v losetup >/dev/null && losetup -f >/dev/null 2>&1; then
    fresh_fs=1
  else
    say "note: not root or no loop devices: outputs go to plain folders, so file-creation costs depend on earlier runs"
  fi
fi
mounts=()
unmount_all() { local m; for m in "${mounts[@]}"; do mountpoint -q "$m" && umount "$m"; rm -f "$m.img"; done; mounts=(); }
trap unmount_all EXIT

# An empty place for a build's output: with fresh filesystems the output's parent is
# remounted on a new ext4 image (sparse; inode tables written now, not by a background
# thread during the build).
prepare_out() {
  local out="$1" mnt
  if [ "$fresh_fs" = 1 ]; then
    mnt=$(dirname "$out")
    if mountpoint -q "$mnt"; then umount "$mnt"; else mounts+=("$mnt"); fi
    rm -f "$mnt.img"
    truncate -s 8G "$mnt.img"
    mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$mnt.img"
    mkdir -p "$mnt"
    mount -o loop "$mnt.img" "$mnt"
  else
    rm -rf "$out"
  fi
}

say "building (Release)..."
# SiteGen as a user gets it (`dotnet publish -c Release`, what `dotnet pack` / `dotnet tool install`
# give), or with --r2r precompiled (ReadyToRun), to measure what start-up compilation costs.
dotnet publish -c Release -nologo -v q -p:PublishReadyToRun=$r2r -o bench/bin/sitegen src/SiteGen.Cli/SiteGen.Cli.csproj >/dev/null
dotnet build -c Release -nologo -v q bench/SiteGen.Bench.Corpus/SiteGen.Bench.Corpus.csproj >/dev/null
sitegen=(dotnet bench/bin/sitegen/SiteGen.Cli.dll)
generator=(dotnet bench/SiteGen.Bench.Corpus/bin/Release/net10.0/SiteGen.Bench.Corpus.dll)


# Runs a command under GNU time into $1.time (stdout/stderr into $1.out/$1.err).
measure() {
  local prefix="$1"; shift
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -v -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err"
  else
    "$@" >"$prefix.out" 2>"$prefix.err"
  fi
}

# measure, $repeat times, keeping the fastest run's report as $1.time. $2 is the output
# folder, emptied before each run so every run is a full build.
measure_best() {
  local prefix="$1" out="$2"; shift 2
  local best="" r
  for r in $(seq 1 "$repeat"); do
    prepare_out "$out"
    measure "$prefix.run$r" "$@" || return 1
    [ -z "$gnu_time" ] && { mv "$prefix.run$r.out" "$prefix.out"; mv "$prefix.run$r.err" "$prefix.err"; return 0; }
    if [ -z "$best" ] || awk -v a="$(wall_s "$prefix.run$r.time")" -v b="$(wall_s "$best.time")" 'BEGIN { exit !(a < b) }'; then
      best="$prefix.run$r"
    fi
  done
  cp "$best.time" "$prefix.time"; cp "$best.out" "$prefix.out"; cp "$best.err" "$prefix.err"
}

# Field of a GNU time -v report: wall seconds, cpu seconds (user+sys), peak RSS in MiB.
wall_s() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
cpu_s() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$1"; }
rss_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
files_in() { if [ -d "$1" ]; then find "$1" -type f | wc -l | tr -d ' '; else echo 0; fi; }
mib_in() { if [ -d "$1" ]; then find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; else echo 0.0; fi; }

# The smoke run's regression guard (issue 17): the 1k build's page count and allocated bytes are
# deterministic (timings are not), so CI fails when either moves past bench/smoke-guard.txt's
# margin. A change that moves them on purpose updates that file, and the commit says why.
guard() {
  local out="$1" want_pages want_mib margin pages mib
  want_pages=$(awk '$1 == "pages" { print $2 }' bench/smoke-guard.txt)
  want_mib=$(awk '$1 == "allocated_mib" { print $2 }' bench/smoke-guard.txt)
  margin=$(awk '$1 == "margin_percent" { print $2 }' bench/smoke-guard.txt)
  pages=$(grep -oE '[0-9]+ pages \(' "$out" | grep -oE '^[0-9]+' || true)
  mib=$(grep -oE '[0-9]+ MiB allocated' "$out" | grep -oE '^[0-9]+' || true)
  if [ -z "$pages" ] || [ -z "$mib" ]; then say "guard: no page count or allocation figure in $out"; exit 1; fi
  say "guard: $pages pages (expected $want_pages), $mib MiB allocated (expected $want_mib, margin $margin%)"
  if [ "$pages" != "$want_pages" ] || ! awk -v a="$mib" -v b="$want_mib" -v m="$margin" 'BEGIN { exit !(a <= b * (1 + m / 100) && a >= b * (1 - m / 100)) }'; then
    say "guard: the 1k build moved past bench/smoke-guard.txt; if on purpose, update that file and say why in the commit"
    exit 1
  fi
}

# Corpora depend on the generator, the listing writers, the shipped input and the seed.
generator_hash=$(cat bench/SiteGen.Bench.Corpus/*.cs bench/SiteGen.Bench.Corpus/*.csproj src/SiteGen/Export/Listings/*.cs input/* | sha1sum | cut -c1-12)

mkdir -p bench/results
summary=bench/results/summary.md
{
  echo "| papers | load | SiteGen wall s | SiteGen CPU s | SiteGen peak MiB | SiteGen files | SiteGen MiB | no-change rebuild s | one-listing rebuild s (files written) | Hugo wall s | Hugo CPU s | Hugo peak MiB | Hugo files | Hugo MiB | SiteGen/Hugo wall |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$summary"

# The shipped profile keeps the folder names of the first figures (bench/corpora/10000); the others are named for their profile.
name_of() { if [ "$profile" = shipped ]; then echo "$1"; else echo "$profile-$1"; fi; }

for n in $sizes; do
  variant=$(name_of "$n")
  [ "$math" != 0 ] && variant="$variant-math$math"
  corpus=bench/corpora/$variant
  stamp="papers=$n seed=$seed profile=$profile math=$math generator=$generator_hash"
  if [ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "generating $n papers into $corpus..."
    rm -rf "$corpus"
    mkdir -p "$corpus"
    "${generator[@]}" --papers "$n" --seed "$seed" --profile "$profile" --math "$math" --out "$corpus" >&2
    echo "$stamp" >"$corpus/.stamp"
  fi

  results=bench/results/$variant
  rm -rf "$results"
  mkdir -p "$results"

  # SiteGen: the whole process, from raw listings, as a user runs it.
  site="$root/$results/fs-sitegen/site"
  rm -f "$corpus/input/permalinks.yml" # every measured build starts from the raw listings
  args=(build --input "$corpus/input" --output "$site" --timings)
  say "sitegen ${args[*]}"
  load=$(cut -d' ' -f1 /proc/loadavg)
  if ! measure_best "$results/sitegen" "$site" "${sitegen[@]}" "${args[@]}"; then
    say "sitegen build failed on $corpus (see $results/sitegen.err):"
    tail -20 "$results/sitegen.err" >&2
    exit 1
  fi

  if [ "$smoke" = 1 ]; then
    guard "$results/sitegen.out"
    say "smoke: sitegen build on $n papers OK"
    continue
  fi
  sg_wall=$(wall_s "$results/sitegen.time"); sg_cpu=$(cpu_s "$results/sitegen.time"); sg_rss=$(rss_mib "$results/sitegen.time")
  sg_files=$(files_in "$site"); sg_mib=$(mib_in "$site")
  # Per-stage lines ("parse: 120 ms (cpu 130 ms)").
  grep -hE '^[A-Za-z][A-Za-z -]*: [0-9]+ ms|^gc: ' "$results/sitegen.out" >"$results/stages.txt" || true

  # Rebuilds: nothing changed (must do nothing), then one abstract edited in one listing.
  measure "$results/rebuild-same" "${sitegen[@]}" "${args[@]}"
  rebuild_same=$(wall_s "$results/rebuild-same.time")
  listing=$(ls "$corpus/input" | grep -v -e '^site.yml$' -e '^permalinks.yml$' | head -1)
  cp "$corpus/input/$listing" "$results/listing.bak"
  perl -0pi -e 's/^([^\n]{200,})\n/$1 Revised.\n/m' "$corpus/input/$listing"
  measure "$results/rebuild-one" "${sitegen[@]}" "${args[@]}"
  cp "$results/listing.bak" "$corpus/input/$listing"
  rebuild_one="$(wall_s "$results/rebuild-one.time") ($(grep -oE 'wrote [0-9]+ files' "$results/rebuild-one.out" | grep -oE '[0-9]+' || echo ?))"

  hg_wall=-; hg_cpu=-; hg_rss=-; hg_files=-; hg_mib=-; ratio=-
  if [ "$with_hugo" = 1 ]; then
    hsite="$results/hugo-site"
    cp -r bench/hugo-site "$hsite"
    content="$hsite/content/papers"
    mkdir -p "$content"
    "${sitegen[@]}" export --format markdown --input "$corpus/input" -o "$content" >/dev/null
    # Hugo cannot derive a taxonomy from the date: add `years` from each page's date line.
    find "$content" -name '*.md' -print0 | xargs -0 perl -0pi -e 's/^(date: *"?(\d{4})[^\n]*\n)/$1years: ["$2"]\n/m'
    say "hugo ($(find "$content" -name '*.md' | wc -l | tr -d ' ') pages)"
    public="$root/$results/fs-hugo/public"
    measure_best "$results/hugo" "$public" hugo --quiet --source "$hsite" --destination "$public"
    hg_wall=$(wall_s "$results/hugo.time"); hg_cpu=$(cpu_s "$results/hugo.time"); hg_rss=$(rss_mib "$results/hugo.time")
    hg_files=$(files_in "$public"); hg_mib=$(mib_in "$public")
    ratio=$(awk -v a="$sg_wall" -v b="$hg_wall" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  fi

  row="| $variant | $load | $sg_wall | $sg_cpu | $sg_rss | $sg_files | $sg_mib | $rebuild_same | $rebuild_one | $hg_wall | $hg_cpu | $hg_rss | $hg_files | $hg_mib | $ratio |"
  echo "$row" >>"$summary"
  say "$row"
  if [ -s "$results/stages.txt" ]; then
    say "stages ($variant):"; sed 's/^/  /' "$results/stages.txt" >&2
  fi
  unmount_all
done

if [ -n "$gnu_time" ]; then
  say ""
  say "outputs on: $([ "$fresh_fs" = 1 ] && echo 'a fresh ext4 filesystem per measured build (loop device)' || echo 'plain folders')"
  say "CLI: dotnet publish -c Release, ReadyToRun $r2r; profile $profile; repeat $repeat (fastest kept)"
  say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$summary"
fi
