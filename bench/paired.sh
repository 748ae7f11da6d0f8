#!/usr/bin/env bash
# Times two commands side by side: after one warm-up run of each, RUNS rounds of A then B (B then A
# in every other round), so that load from other processes falls on both alike. Prints, for each,
# the median wall clock, the median CPU time (user+sys) and the median peak memory (maximum
# resident set size), then B's figures as a multiple of A's.
#
# usage: bench/paired.sh [--runs N] NAME_A 'COMMAND A' NAME_B 'COMMAND B'
#   Each command is one shell command line (run with bash -c, its program exec'd so the memory
#   figure is the program's). Needs GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail

runs=10
if [[ ${1:-} == --runs ]]; then runs=$2; shift 2; fi
[[ $# -eq 4 ]] || { echo "usage: bench/paired.sh [--runs N] NAME_A 'COMMAND A' NAME_B 'COMMAND B'" >&2; exit 2; }
names=("$1" "$3")
commands=("$2" "$4")
[[ -x /usr/bin/time ]] || { echo "bench/paired.sh needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

samples=$(mktemp -d)
trap 'rm -rf "$samples"' EXIT

# once I: one run of command I, appending "wall cpu peak-KiB" to $samples/I.
once() {
  local i=$1 start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$samples/rusage" bash -c "exec ${commands[$i]}" > /dev/null 2>&1 \
    || { echo "${names[$i]}: command failed: ${commands[$i]}" >&2; bash -c "${commands[$i]}"; exit 1; }
  end=$(date +%s%N)
  awk -v wall="$(( end - start ))" '{ printf "%.4f %.4f %d\n", wall / 1e9, $1 + $2, $3 }' "$samples/rusage" >> "$samples/$i"
}

# median COLUMN FILE
median() {
  cut -d' ' -f"$1" "$2" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

once 0; once 1; rm -f "$samples/0" "$samples/1"
for ((r = 0; r < runs; r++)); do
  if (( r % 2 == 0 )); then once 0; once 1; else once 1; once 0; fi
done

declare -a wall cpu peak
for i in 0 1; do
  wall[i]=$(median 1 "$samples/$i"); cpu[i]=$(median 2 "$samples/$i"); peak[i]=$(median 3 "$samples/$i")
  awk -v n="${names[$i]}" -v w="${wall[i]}" -v c="${cpu[i]}" -v p="${peak[i]}" -v r="$runs" \
    'BEGIN { printf "  %-44s wall %6.3f s  cpu %6.3f s  peak %5.1f MiB  (medians of %d)\n", n, w, c, p / 1024, r }'
done
awk -v n="${names[1]} / ${names[0]}" -v w0="${wall[0]}" -v w1="${wall[1]}" -v c0="${cpu[0]}" -v c1="${cpu[1]}" -v p0="${peak[0]}" -v p1="${peak[1]}" \
  'BEGIN { printf "  %-44s wall %5.2f×   cpu %5.2f×   peak %5.2f×\n", n, w1 / w0, c1 / c0, p1 / p0 }'
