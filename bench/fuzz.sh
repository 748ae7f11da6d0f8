#!/usr/bin/env bash
# Fuzzes Pamphlet: generated statements and layouts and mutated real files through the real build,
# in worker processes, recording crashes, hangs, memory blow-ups and lost words with their seeds.
# See bench/README.md ("Fuzzing").
#
# usage: bench/fuzz.sh [--cases N] [--seed S] [--jobs J] [--out DIR] [--timeout SECONDS] [--max-memory MB]
#        bench/fuzz.sh --repro SEED      one case again, with its details and files
#   --cases N        cases to run (default 100000)
#   --seed S         the run's seed (default 8); case seeds are derived from it
#   --jobs J         worker processes (default 1; each uses about one core)
#   --out DIR        report, failing inputs and work folders (default bench/out/fuzz)
#   --timeout S      a case taking longer is a hang; its worker is killed (default 10)
#   --max-memory MB  a worker growing larger is killed (default 3072)
set -euo pipefail
cd "$(dirname "$0")/.."

readonly dll=bench/Pamphlet.Fuzz/bin/Release/net10.0/linux-x64/Pamphlet.Fuzz.dll
dotnet build bench/Pamphlet.Fuzz -c Release -v q -nologo 2>&1 | grep -E " error |rror\(s\)" | grep -v " 0 Error" >&2 || true
[[ -f $dll ]] || { echo "fuzz: the build failed" >&2; exit 2; }

if [[ ${1:-} == --repro ]]; then
  shift
  exec dotnet "$dll" repro "$@"
fi
exec dotnet "$dll" run "$@"
