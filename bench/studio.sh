#!/usr/bin/env bash
# Issue 14's studio latency: starts `pamphlet serve` over a temporary copy of samples/, then asks it to
# draw the sample N times, changing one word of the first body paragraph each time, to a new word (as typing does),
# and prints each request's time from sending the text to having every page's PNG (curl's
# time_total: the whole JSON read), then the median and minimum. The first two renders warm the
# engine and are left out. The studio's own figure (server-side, in the JSON) is printed beside it, and
# the server's CPU time per render, the figure to compare on a busy machine.
#
# usage: bench/studio.sh [PAMPHLET] [N]   (default: the Native AOT program in /tmp/pamphlet-publish, 15)
#   publish it first: dotnet publish src/Pamphlet.Cli -o /tmp/pamphlet-publish
# needs: curl, python3
set -euo pipefail
cd "$(dirname "$0")/.."
program=${1:-/tmp/pamphlet-publish/pamphlet}
runs=${2:-15}
folder=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$folder"' EXIT
cp samples/statement.md samples/photo.jpg "$folder/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$program" serve "$folder" --port "$port" > "$folder.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/folder" > /dev/null && break; sleep 0.2; done

python3 - "$port" "$runs" "$folder/statement.md" "$server" <<'PY'
import json, os, statistics, subprocess, sys
port, runs, path, pid = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def cpu():
    # user + system time of the server so far, in ms (/proc/PID/stat fields 14 and 15, in clock ticks)
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
text = open(path, encoding="utf-8").read()
times, server = [], []
for i in range(runs + 2):
    # Another word each round, as typing gives: an edit and its undo alternating would find the undone
    # version's paragraph still set and its pages still drawn.
    body = json.dumps({"path": "statement.md", "text": text.replace("Thursday", f"Thursday{'s' * (i + 1)}", 1)})
    out = subprocess.run(["curl", "-s", "-o", "/tmp/studio-bench.json", "-w", "%{time_total}", "-H", "Content-Type: application/json",
                          "-H", "X-Pamphlet-Studio: 1", "--data-binary", body, f"http://127.0.0.1:{port}/api/render"], capture_output=True, text=True, check=True)
    result = json.load(open("/tmp/studio-bench.json"))
    if result["errors"]: sys.exit(f"render failed: {result['errors']}")
    if i == 1: start = cpu()
    if i >= 2:
        times.append(float(out.stdout) * 1000)
        server.append(result["milliseconds"])
print(f"{len(result['pages'])} pages of {result['layout']}; request to PNGs, ms: " + " ".join(f"{t:.0f}" for t in times))
print(f"median {statistics.median(times):.0f} ms, min {min(times):.0f} ms; in the server (compose + draw + encode): median {statistics.median(server):.0f} ms, min {min(server)} ms")
print(f"server CPU time per render (user + system, mean): {(cpu() - start) / runs:.0f} ms; load average {os.getloadavg()[0]:.1f}")
PY
