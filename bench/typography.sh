#!/usr/bin/env bash
# Issue 11's typography report: builds each statement with every pamphlet layout and prints one row
# per statement × layout, then the worst value of each column. A '*' marks a value beyond the issue's
# targets. The columns are defined in bench/README.md ("Typography (issue 11)"):
#   from the PDF, by spacing.py (in $TYPOGRAPHY_TOOLS, default /work/shared/tools):  just (justified lines measured), even (p95/median
#     word gap), gap (median word gap, em), hy/100 (hyphenated line ends per 100 justified lines)
#   from the PDF, by pagefeet.py: turn (words hyphenated across a page turn),
#     foot (largest spread of the last baselines of full facing pages, pt)
#   from the Pages model, by `Pamphlet.Bench typography`: lines (running-text lines), stack (longest
#     run of hyphenated line ends, and in brackets how many runs are longer than 2), wid, orph,
#     over (overfull lines), boxes (split demand boxes / bad splits), base (like foot, but the exact
#     last text baselines of the Pages model: pagefeet reads word boxes, whose bottoms move with descenders)
# The two Python tools are not part of Pamphlet (CI does not run this bench); when they are missing
# their columns show 'n/a'.
#
# usage: bench/typography.sh [--details] [STATEMENT.md…]   (default: samples/corpus/*.md samples/statement.md)
#   --details  also print where each widow, orphan, overfull line, hyphen stack and split box is
# needs: poppler-utils (pdftotext) for the Python tools
set -euo pipefail
cd "$(dirname "$0")/.."

details=()
if [[ ${1:-} == --details ]]; then details=(--details); shift; fi
statements=("$@")
if ((${#statements[@]} == 0)); then
  shopt -s nullglob
  statements=(samples/corpus/*.md samples/statement.md)
fi

# The tools live outside the repository (set TYPOGRAPHY_TOOLS to use another copy).
readonly tools=${TYPOGRAPHY_TOOLS:-/work/shared/tools}
spacing=$tools/spacing.py
pagefeet=$tools/pagefeet.py
for tool in "$spacing" "$pagefeet"; do
  [[ -f $tool ]] || echo "typography: $tool is missing; its columns show n/a" >&2
done
command -v pdftotext >/dev/null || echo "typography: pdftotext is missing (apt-get install poppler-utils); the PDF columns will be empty" >&2

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build src/Pamphlet.Cli -v q -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
dotnet build bench/Pamphlet.Bench -v q -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
cli=src/Pamphlet.Cli/bin/Debug/net10.0/linux-x64/pamphlet.dll
bench=bench/Pamphlet.Bench/bin/Debug/net10.0/linux-x64/Pamphlet.Bench.dll
mapfile -t layouts < <(dotnet "$bench" typography-layouts)

# One tab-separated record per statement × layout:
# statement layout just even gap hy100 turn foot lines hyphenated stack long-stacks widows orphans overfull split bad base
rows=$out/rows.tsv
: >"$rows"
n=0
for statement in "${statements[@]}"; do
  label=${statement#samples/}
  for layout in "${layouts[@]}"; do
    n=$((n + 1))
    dir=$out/$n
    dotnet "$cli" build "$statement" --layout "$layout" --out "$dir" >/dev/null 2>"$dir.err" || { echo "typography: building $statement with $layout failed:" >&2; cat "$dir.err" >&2; exit 1; }
    pdf=$(find "$dir" -name '*.pdf' | head -1)
    just=n/a even=n/a gap=n/a hy=n/a turn=n/a foot=n/a
    if [[ -f $spacing ]]; then
      report=$(python3 "$spacing" "$pdf")
      if [[ $report == lines=* ]]; then
        just=$(sed -E 's/^lines=([0-9]+) .*/\1/' <<<"$report")
        even=$(sed -E 's/.* evenness_p95\/median=([0-9.]+).*/\1/' <<<"$report")
        gap=$(sed -E 's/.* median_gap_em=([0-9.]+).*/\1/' <<<"$report")
        hy=$(sed -E 's/.* hyphens_per_100_lines=([0-9.]+).*/\1/' <<<"$report")
      else
        just=0 even=- gap=- hy=-   # ragged text: no justified lines to measure
      fi
    fi
    if [[ -f $pagefeet ]]; then
      read -r turn foot < <(python3 "$pagefeet" "$pdf" "$statement" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(len(r["page_turn_hyphens"]), max(r["facing_foot_spread"], default=0))')
    fi
    counts=$(dotnet "$bench" typography "$statement" "$layout" "${details[@]}")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$layout" "$just" "$even" "$gap" "$hy" "$turn" "$foot" "$counts" >>"$rows"
  done
done

# Targets of issue 11: a value beyond one gets a '*'.
awk -F '\t' '
function star(bad) { return bad ? "*" : "" }
function num(v) { return v ~ /^[0-9.]+$/ }
function worse(col, v) { if (num(v) && (!(col in worst) || v + 0 > worst[col] + 0)) worst[col] = v }
function row(s, l, lines, just, even, gap, hy, stack, turn, wid, orph, foot, base, over, boxes) {
  printf "%-24s %-24s %6s %5s %6s %6s %7s %7s %5s %5s %5s %7s %7s %5s %6s\n", s, l, lines, just, even, gap, hy, stack, turn, wid, orph, foot, base, over, boxes
}
BEGIN { row("statement", "layout", "lines", "just", "even", "gap", "hy/100", "stack", "turn", "wid", "orph", "foot", "base", "over", "boxes") }
{
  # $1 statement, $2 layout, $3 just, $4 even, $5 gap, $6 hy/100, $7 turn, $8 foot,
  # $9 lines, $10 hyphenated, $11 stack, $12 stacks>2, $13 widows, $14 orphans, $15 overfull, $16 split, $17 bad, $18 base
  row($1, $2, $9, $3,
      $4 star(num($4) && $4 > 1.25), $5, $6 star(num($6) && $6 > 10),
      $11 "(" $12 ")" star($11 > 2), $7 star(num($7) && $7 > 0),
      $13 star($13 > 0), $14 star($14 > 0), $8 star(num($8) && $8 > 0.5), $18 star($18 > 0.5), $15 star($15 > 0),
      $16 "/" $17 star($17 > 0))
  lines += $9; just += ($3 ~ /^[0-9]+$/ ? $3 : 0)
  worse("even", $4); worse("gap", $5); worse("hy", $6); worse("stack", $11); worse("long", $12); worse("turn", $7)
  worse("wid", $13); worse("orph", $14); worse("foot", $8); worse("base", $18); worse("over", $15); worse("split", $16); worse("bad", $17)
}
END {
  row("worst (" NR " rows)", "lines and just: total", lines, just,
      worst["even"] star(worst["even"] > 1.25), worst["gap"], worst["hy"] star(worst["hy"] > 10),
      worst["stack"] "(" worst["long"] ")" star(worst["stack"] > 2), worst["turn"] star(worst["turn"] > 0),
      worst["wid"] star(worst["wid"] > 0), worst["orph"] star(worst["orph"] > 0), worst["foot"] star(worst["foot"] > 0.5), worst["base"] star(worst["base"] > 0.5),
      worst["over"] star(worst["over"] > 0), worst["split"] "/" worst["bad"] star(worst["bad"] > 0))
}' "$rows"
