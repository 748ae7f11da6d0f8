#!/usr/bin/env bash
# Writes a statement 4× (or COPIES×) as long as the sample: the same front matter, then the sample's body four
# times. Headings in copies 2, 3, … get " (2)", " (3)", … so every heading stays unique; the figure
# appears only in the first copy. The photo is copied beside it so the relative image path resolves.
# usage: bench/make-4x.sh samples/statement.md bench/out/statement-4x.md [COPIES, default 4]
set -euo pipefail
source_md=$1
target_md=$2
copies=${3:-4}
mkdir -p "$(dirname "$target_md")"
awk -v copies="$copies" '
  # Front matter: from a first line "---" to the next "---".
  NR == 1 && /^---[[:space:]]*$/ { in_front = 1; front = front $0 "\n"; next }
  in_front { front = front $0 "\n"; if (/^---[[:space:]]*$/) in_front = 0; next }
  { body[++lines] = $0 }
  END {
    printf "%s", front
    for (copy = 1; copy <= copies; copy++) {
      for (i = 1; i <= lines; i++) {
        line = body[i]
        if (copy > 1 && line ~ /^!\[/) continue
        if (copy > 1 && line ~ /^#+ /) line = line " (" copy ")"
        print line
      }
      print ""
    }
  }
' "$source_md" > "$target_md"
# Images the statement names relative to itself travel with it.
cp -f "$(dirname "$source_md")"/*.jpg "$(dirname "$target_md")"/ 2>/dev/null || true
