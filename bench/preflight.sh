#!/usr/bin/env bash
# Times the preflight reader (Pamphlet.Preflight's PdfInspector.Inspect) on the sample's PDFs: in-process
# (first call, then warm) and the whole `pamphlet check` process. See bench/README.md, "Preflight".
#
# usage: bench/preflight.sh [--iterations N] [--warmup N] [--runs N]
#   --iterations N  timed in-process reads per PDF (default 100), after --warmup N (default 300: the
#                   JIT's tiers settle only after a few hundred calls; fewer leave tier-0 code in the figures)
#   --runs N        whole-process `pamphlet check` runs (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."

iterations=100
warmup=300
runs=5
while [[ $# -gt 0 ]]; do
  case $1 in
    --iterations) iterations=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: bench/preflight.sh [--iterations N] [--warmup N] [--runs N]" >&2; exit 2 ;;
  esac
done

readonly out=bench/out/preflight
readonly cli=src/Pamphlet.Cli/bin/Release/net10.0/linux-x64/pamphlet.dll
readonly bench=bench/Pamphlet.Bench/bin/Release/net10.0/linux-x64/Pamphlet.Bench.dll
mkdir -p "$out"

echo "== Build (Release, once)"
dotnet build src/Pamphlet.Cli -c Release -v q -nologo | grep -E " error |rror CS" || true
dotnet build bench/Pamphlet.Bench -c Release -v q -nologo | grep -E " error |rror CS" || true
dotnet "$cli" build samples/statement.md --impose saddle --out "$out" > /dev/null
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (wall-clock figures swing with it; CPU far less)"
echo

echo "== In-process: PdfInspector.Inspect on the PDF's bytes (as a build would re-read what it wrote)"
for pdf in "$out"/statement.a5-pamphlet.pdf "$out"/statement.a5-pamphlet.saddle.pdf "$out"/statement.poster-a3.pdf; do
  dotnet "$bench" preflight "$pdf" --warmup "$warmup" --iterations "$iterations"
done
echo

echo "== Whole process: pamphlet check on the pamphlet ($runs runs, as built by dotnet build: JIT)"
TIMEFORMAT='  %R s wall, %U s user, %S s sys'
for ((i = 0; i < runs; i++)); do
  time dotnet "$cli" check "$out"/statement.a5-pamphlet.pdf > /dev/null
done
