# Shared by bench/hugo-ratio.sh and bench/rebuild.sh (sourced, not run): the corpus, the published CLI,
# and reading GNU time's reports. Expects $papers, $profile, $seed and $r2r set, and the repository root
# as the working folder.

say() { printf '%s\n' "$*" >&2; }

# The bench corpus for $papers and $profile (bench/corpora/<name>), generated if missing.
corpus_dir() {
  local name
  name=$([ "$profile" = shipped ] && echo "$papers" || echo "$profile-$papers")
  if [ ! -d "bench/corpora/$name/input" ]; then
    dotnet build -c Release -nologo -v q bench/SiteGen.Bench.Corpus/SiteGen.Bench.Corpus.csproj >/dev/null || return
    dotnet bench/SiteGen.Bench.Corpus/bin/Release/net10.0/SiteGen.Bench.Corpus.dll --papers "$papers" --seed "$seed" --profile "$profile" --out "bench/corpora/$name" >&2 || return
  fi
  echo "bench/corpora/$name"
}

# Publishes the CLI into $1 as users get it (plain `dotnet publish -c Release`, or ReadyToRun with $r2r).
publish_cli() {
  say "publishing (ReadyToRun: $r2r)..."
  dotnet publish -c Release -nologo -v q -p:PublishReadyToRun=$r2r -o "$1" src/SiteGen.Cli/SiteGen.Cli.csproj >/dev/null
}

# Figures of a GNU time -v report.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
# The median of the numbers on standard input (space- or line-separated).
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
