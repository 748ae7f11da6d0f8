#!/usr/bin/env bash
# Times Pamphlet: the whole CLI process on the sample and on a 4× longer statement, then the engine
# alone in-process (bench/Pamphlet.Bench). See bench/README.md for what each number means.
#
# usage: bench/run.sh [--runs N] [--iterations N] [--profile-runs N] [--experiments]
#   --runs N          timed whole-process runs per row, after 1 warm-up (default 10)
#   --iterations N    timed in-process builds per statement (default 20, after 10 warm-up)
#   --profile-runs N  fresh processes for the cold-start profile (default 5)
#   --experiments     also time runtime knobs (TieredPGO, TieredCompilation) on the ReadyToRun fallback
# Issue 13's targets are timed as pairs (bench/paired.sh): the sample against native Typst (mdxport,
# installed by bench/install-references.sh when npm is there), the 4× statement against the sample,
# --pages fit4 against a plain build, and a batch of 6 editions against one; then where a cold build's
# time goes, in a Native AOT build of bench/Pamphlet.Bench, for the sample and the 4× statement.
# Results are printed and also written to bench/out/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
iterations=20
profile_runs=5
experiments=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --iterations) iterations=$2; shift 2 ;;
    --profile-runs) profile_runs=$2; shift 2 ;;
    --experiments) experiments=true; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--iterations N] [--profile-runs N] [--experiments]" >&2; exit 2 ;;
  esac
done

# The issue's target for the whole-process build of the sample.
readonly target_seconds=0.3
readonly out=bench/out
# The whole-process figures time the CLI as shipped: `dotnet publish` (Native AOT, see the csproj),
# or, where there is no C toolchain for that, the fallback: ReadyToRun (`-p:PublishAot=false`).
readonly aot=$out/aot/pamphlet
readonly r2r=$out/r2r/pamphlet.dll
readonly built_cli=src/Pamphlet.Cli/bin/Release/net10.0/linux-x64/pamphlet.dll
readonly bench=bench/Pamphlet.Bench/bin/Release/net10.0/linux-x64/Pamphlet.Bench.dll
mkdir -p "$out"
exec > >(tee "$out/results.txt") 2>&1

echo "== Build (Release, once)"
dotnet build src/Pamphlet.Cli -c Release -v q -nologo | grep -E "error|Warn|Elapsed" || true
aot_built=false
if dotnet publish src/Pamphlet.Cli -c Release -o "$out/aot" -v q -nologo > "$out/aot-publish.log" 2>&1; then
  aot_built=true
else
  echo "  Native AOT publish failed (see $out/aot-publish.log; it needs clang or gcc and zlib's headers): timing the ReadyToRun fallback"
fi
dotnet publish src/Pamphlet.Cli -c Release -p:PublishAot=false -o "$out/r2r" -v q -nologo | grep -E "error|Warn|Elapsed" || true
if $aot_built; then cli=("$aot"); shipped="Native AOT"; else cli=(dotnet "$r2r"); shipped="ReadyToRun"; fi
dotnet build bench/Pamphlet.Bench -c Release -v q -nologo | grep -E "error|Warn|Elapsed" || true
bench/make-4x.sh samples/statement.md "$out/statement-4x.md"
editions=$(bench/make-editions.sh samples/statement.md "$out")
echo

echo "== Machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), dotnet $(dotnet --version)"
echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg)  (other work on the machine inflates wall-clock times; CPU time much less)"
echo

# median: the median of the numbers on stdin, one a line (plain awk: mawk has no asort).
median() {
  sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# time_process LABEL COMMAND...: 1 warm-up, then $runs runs; prints min/median/mean wall-clock seconds
# and CPU (user+sys) seconds, and leaves the median in $last_median. hyperfine is used when installed
# (its CPU figure is a mean), otherwise a plain loop over bash's `time` (CPU figure is a median).
time_process() {
  local label=$1; shift
  "$@" > /dev/null 2>&1 || { echo "$label: command failed: $*" >&2; "$@"; exit 1; }
  local samples; samples=$(mktemp)
  if command -v hyperfine > /dev/null && command -v python3 > /dev/null; then
    hyperfine --warmup 1 --runs "$runs" --export-json "$samples.json" --style none "$(printf '%q ' "$@")" > /dev/null
    python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))["results"][0]
for t in r["times"]: print(f"{t:.4f} {r[\"user\"]:.4f} {r[\"system\"]:.4f}")' "$samples.json" > "$samples"
    rm -f "$samples.json"
  else
    local TIMEFORMAT='%R %U %S'
    for ((i = 0; i < runs; i++)); do
      { time "$@" > /dev/null 2>&1; } 2>> "$samples"
    done
  fi
  local wall_median cpu_median
  wall_median=$(cut -d' ' -f1 "$samples" | median)
  cpu_median=$(awk '{ print $2 + $3 }' "$samples" | median)
  awk -v label="$label" -v median="$wall_median" -v cpu="$cpu_median" '
    NR == 1 || $1 < min { min = $1 } { sum += $1 }
    END { printf "  %-50s min %6.3f  median %6.3f  mean %6.3f  cpu %6.3f\n", label, min, median, sum / NR, cpu }' "$samples"
  last_median=$wall_median
  rm -f "$samples"
}

echo "== Whole process, seconds ($runs runs after 1 warm-up; min/median/mean wall clock, cpu = user+sys)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
time_process "dotnet host floor (empty Main)" dotnet "$bench" noop
echo "  (the CLI as shipped: $shipped)"
time_process "pamphlet --version (CLI start-up)" "${cli[@]}" --version
# The issue's targets are for the pamphlet; the default build (pamphlet + A3 poster) is timed after.
time_process "pamphlet build samples/statement.md (1×)" "${cli[@]}" build samples/statement.md --layout a5-pamphlet --out "$tmp"
one=$last_median
time_process "pamphlet build statement-4x.md (4×)" "${cli[@]}" build "$out/statement-4x.md" --layout a5-pamphlet --out "$tmp"
four=$last_median
time_process "as built by dotnet build (JIT, no ReadyToRun) (1×)" dotnet "$built_cli" build samples/statement.md --layout a5-pamphlet --out "$tmp"
time_process "default build: pamphlet + poster-a3 (1×)" "${cli[@]}" build samples/statement.md --out "$tmp"
# Issue 5's batch target: 6 editions × 2 layouts within 3× one edition alone (both layouts), on all cores.
time_process "batch: one edition × 2 layouts" "${cli[@]}" build "$editions/en.md" --layout a5-pamphlet --layout poster-a3 --out "$tmp"
single=$last_median
time_process "batch: 6 editions × 2 layouts" "${cli[@]}" build "$editions" --layout a5-pamphlet --layout poster-a3 --out "$tmp"
batch=$last_median
awk -v single="$single" -v batch="$batch" 'BEGIN { printf "  batch of 6 × 2: %.2f× one edition (target ≤ 3×: %s)\n", batch / single, (batch / single <= 3 ? "met" : "NOT met") }'
awk -v one="$one" -v four="$four" -v target="$target_seconds" 'BEGIN {
  printf "  sample build median %.3f s: target ≤ %.1f s %s; 4×/1× whole process %.2f\n", one, target, (one <= target ? "met" : "NOT met"), four / one
}'
echo

if $aot_built; then
  echo "== Shipped (Native AOT) against the fallback (ReadyToRun), paired: wall, CPU and peak memory"
  bench/paired.sh --runs "$runs" "Native AOT: pamphlet of the sample (1×)" "$aot build samples/statement.md --layout a5-pamphlet --out $tmp" \
    "ReadyToRun: pamphlet of the sample (1×)" "dotnet $r2r build samples/statement.md --layout a5-pamphlet --out $tmp"
  bench/paired.sh --runs "$runs" "Native AOT: pamphlet of the 4× statement" "$aot build $out/statement-4x.md --layout a5-pamphlet --out $tmp" \
    "ReadyToRun: pamphlet of the 4× statement" "dotnet $r2r build $out/statement-4x.md --layout a5-pamphlet --out $tmp"
  echo
fi

if $aot_built; then
  echo "== Issue 13's speed targets, paired ($runs rounds each; the second command as a multiple of the first)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  if mdxport=$(bench/install-references.sh 2> "$out/mdxport-install.log"); then
    # mdxport sets the statement through Typst with its own template and leaves the photo out (it drops
    # images), so it does a little less than Pamphlet; MDXPORT_NO_UPDATE_CHECK keeps it off the network.
    bench/paired.sh --runs "$runs" "native Typst: mdxport 0.3.2, the sample" "env MDXPORT_NO_UPDATE_CHECK=1 $mdxport samples/statement.md -o $tmp/mdxport.pdf --quiet" \
      "Pamphlet (Native AOT): pamphlet of the sample" "$aot build samples/statement.md --layout a5-pamphlet --out $tmp"
    echo "  target: Pamphlet ≤ 0.8× mdxport (wall), peak memory ≤ 64 MiB"
  else
    echo "  mdxport could not be installed (see $out/mdxport-install.log): no native Typst to pair with"
  fi
  if ! command -v typst > /dev/null; then
    echo "  pandoc → Typst 0.14: not paired; no typst here (Debian has none, npm's Typst CLI packages stop at 0.10, and Debian's pandoc $(pandoc --version 2> /dev/null | head -1 | cut -d' ' -f2 || echo '(not installed)') predates pandoc's Typst writer)"
  fi
  bench/paired.sh --runs "$runs" "sample (1×)" "$aot build samples/statement.md --layout a5-pamphlet --out $tmp" \
    "4× statement" "$aot build $out/statement-4x.md --layout a5-pamphlet --out $tmp"
  echo "  target: 4× ≤ 1.5× the sample (wall); 4× peak memory ≤ 80 MiB"
  bench/paired.sh --runs "$runs" "plain build of the sample" "$aot build samples/statement.md --layout a5-pamphlet --out $tmp" \
    "--pages fit4 (9 pages → 8)" "$aot build samples/statement.md --layout a5-pamphlet --pages fit4 --out $tmp"
  echo "  target: --pages fit4 ≤ 2× a plain build (wall)"
  bench/paired.sh --runs "$runs" "one edition × 2 layouts" "$aot build $editions/en.md --layout a5-pamphlet --layout poster-a3 --out $tmp" \
    "6 editions × 2 layouts" "$aot build $editions --layout a5-pamphlet --layout poster-a3 --out $tmp"
  echo "  target: the batch ≤ 2.5× one edition (wall, $(nproc) cores)"
  echo
  echo "== Where a cold build's time goes, Native AOT (bench/Pamphlet.Bench published as Native AOT)"
  if dotnet publish bench/Pamphlet.Bench -c Release -p:PublishAot=true -p:SelfContained=true -p:TreatWarningsAsErrors=false \
      -o "$out/bench-aot" -v q -nologo > "$out/bench-aot-publish.log" 2>&1; then
    "$out/bench-aot/Pamphlet.Bench" cold samples/statement.md --runs "$profile_runs"
    "$out/bench-aot/Pamphlet.Bench" cold "$out/statement-4x.md" --runs "$profile_runs"
  else
    echo "  Native AOT publish of the bench failed (see $out/bench-aot-publish.log)"
  fi
fi

if $experiments; then
  echo "== Experiments: runtime knobs on the ReadyToRun fallback's 1× build (no source change; the csproj sets TieredPGO off)"
  time_process "ReadyToRun as published" dotnet "$r2r" build samples/statement.md --out "$tmp"
  time_process "DOTNET_TieredPGO=1" env DOTNET_TieredPGO=1 dotnet "$r2r" build samples/statement.md --out "$tmp"
  time_process "DOTNET_TC_QuickJitForLoops=1 DOTNET_OSR_HitLimit=0" env DOTNET_TC_QuickJitForLoops=1 DOTNET_OSR_HitLimit=0 dotnet "$r2r" build samples/statement.md --out "$tmp"
  time_process "DOTNET_TieredCompilation=0 (full JIT up front)" env DOTNET_TieredCompilation=0 dotnet "$r2r" build samples/statement.md --out "$tmp"
  time_process "DOTNET_ReadyToRun=0 (precompiled code off)" env DOTNET_ReadyToRun=0 dotnet "$r2r" build samples/statement.md --out "$tmp"
  echo
  echo "-- Cold-start profile with every assembly ReadyToRun (bench published into $out/bench-r2r)"
  if dotnet publish bench/Pamphlet.Bench -c Release -p:PublishReadyToRun=true -o "$out/bench-r2r" -v q -nologo > "$out/bench-r2r-publish.log" 2>&1; then
    dotnet "$out/bench-r2r/Pamphlet.Bench.dll" cold samples/statement.md --runs "$profile_runs"
  else
    echo "  ReadyToRun publish failed (see $out/bench-r2r-publish.log)"
  fi
fi

echo "== Where a cold build's time goes under the JIT (bench/Pamphlet.Bench cold, as built by dotnet build)"
dotnet "$bench" cold samples/statement.md --runs "$profile_runs"

echo "== Engine alone, in-process (bench/Pamphlet.Bench engine)"
dotnet "$bench" engine samples/statement.md "$out/statement-4x.md" --iterations "$iterations" --warmup 10
echo "load average after timing: $(cut -d' ' -f1-3 /proc/loadavg)"
