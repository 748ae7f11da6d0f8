#!/usr/bin/env bash
# Issue 11's typography report: builds each statement with every pamphlet layout and prints one row
# per statement × layout, then the worst value of each column. A '*' marks a value beyond the issue's
# targets. The columns are defined in bench/README.md ("Typography (issue 11)"):
#   from the PDF, by spacing.py (in $TYPOGRAPHY_TOOLS, default /work/shared/tools): just (justified
#     lines measured), even (p95/median word gap), gap (median word gap, em), hy/100 (hyphenated line
#     ends per 100 justified lines)
#   from the PDF, by pagefeet.py (same folder): turn (words hyphenated across a page turn), foot
#     (largest spread of the last body lines of facing pages, pt, full pages or not)
#   from the Pages model, by `Pamphlet.Bench typography`: lines (running-text lines), stack (longest
#     run of hyphenated line ends, and in brackets how many runs are longer than 2), wid, orph,
#     over (overfull lines), boxes (split demand boxes / bad splits), base (like foot, but
#     exact baselines from the Pages model and full pages only), short (inner pages that end a body
#     line or more above the deepest foot: left out of base), hy<3 (line-end hyphens leaving fewer
#     than 3 letters on a side), last (paragraphs whose line before the last is hyphenated), inside
#     (line ends the break rules forbid: inside a number, date, URL or acronym, or at a bound space), grid (body lines off the baseline grid),
#     fig (words hyphenated with a figure between their halves)
# The two Python tools are not part of Pamphlet (CI does not run this bench); when they are missing
# their columns show 'n/a'.
#
# usage: bench/typography.sh [--details] [STATEMENT.md…]   (default: samples/corpus/*.md samples/statement.md)
#   --details  also print (on standard error) where each widow, orphan, overfull line, long hyphen
#              stack, split box, short page, uneven pair of feet, short hyphen, hyphenated last line
#              and forbidden break is
# needs: poppler-utils (pdftotext) for the Python tools
set -euo pipefail
cd "$(dirname "$0")/.."

details=()
if [[ ${1:-} == --details ]]; then details=(--details); shift; fi
statements=("$@")
if ((${#statements[@]} == 0)); then
  shopt -s nullglob
  statements=()
  # The corpus folder's README describes the statements; it is not one.
  for file in samples/corpus/*.md; do [[ $(basename "$file") == README.md ]] || statements+=("$file"); done
  statements+=(samples/statement.md)
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
# statement layout just even gap hy100 turn foot, then the bench's columns (TypographyBenchmark.Header)
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
      # spacing.py divides by the median gap: a text it cannot measure (poppler reads no word gaps
      # in Arabic lines) makes it fail, which is "not measured", not the end of the report.
      report=$(python3 "$spacing" "$pdf" 2>/dev/null) || report=failed
      if [[ $report == failed ]]; then
        just=n/a even=n/a gap=n/a hy=n/a
      elif [[ $report == lines=* ]]; then
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
function row(s, l, lines, just, even, gap, hy, stack, turn, wid, orph, foot, base, short, over, boxes, hy3, last, inside, grid, fig) {
  printf "%-" width "s %-24s %6s %5s %6s %6s %7s %6s %5s %5s %5s %7s %7s %5s %5s %6s %5s %5s %6s %5s %4s\n", s, l, lines, just, even, gap, hy, stack, turn, wid, orph, foot, base, short, over, boxes, hy3, last, inside, grid, fig
}
{ record[NR] = $0; if (length($1) > width) width = length($1) }
END {
  if (width < 20) width = 20
  row("statement", "layout", "lines", "just", "even", "gap", "hy/100", "stack", "turn", "wid", "orph", "foot", "base", "short", "over", "boxes", "hy<3", "last", "inside", "grid", "fig")
  for (i = 1; i <= NR; i++) {
    split(record[i], f, "\t")
    # f: 1 statement, 2 layout, 3 just, 4 even, 5 gap, 6 hy/100, 7 turn, 8 foot, 9 lines, 10 hyphenated,
    # 11 stack, 12 stacks>2, 13 widows, 14 orphans, 15 overfull, 16 split, 17 bad, 18 base, 19 short pages,
    # 20 short hyphens, 21 hyphenated last lines, 22 forbidden breaks, 23 body lines off the grid, 24 hyphens before a figure
    row(f[1], f[2], f[9], f[3],
        f[4] star(num(f[4]) && f[4] > 1.25), f[5], f[6] star(num(f[6]) && f[6] > 10),
        f[11] "(" f[12] ")" star(f[11] > 2), f[7] star(num(f[7]) && f[7] > 0),
        f[13] star(f[13] > 0), f[14] star(f[14] > 0), f[8] star(num(f[8]) && f[8] > 0.5), f[18] star(f[18] > 0.5), f[19],
        f[15] star(f[15] > 0), f[16] "/" f[17] star(f[17] > 0), f[20] star(f[20] > 0), f[21] star(f[21] > 0), f[22] star(f[22] > 0), f[23] star(f[23] > 0), f[24] star(f[24] > 0))
    lines += f[9]; just += (f[3] ~ /^[0-9]+$/ ? f[3] : 0)
    worse("even", f[4]); worse("gap", f[5]); worse("hy", f[6]); worse("stack", f[11]); worse("long", f[12]); worse("turn", f[7])
    worse("wid", f[13]); worse("orph", f[14]); worse("foot", f[8]); worse("base", f[18]); worse("short", f[19]); worse("over", f[15])
    worse("split", f[16]); worse("bad", f[17]); worse("hy3", f[20]); worse("last", f[21]); worse("inside", f[22]); worse("grid", f[23]); worse("fig", f[24])
  }
  row("worst of " NR " rows", "(lines, just: totals)", lines, just,
      worst["even"] star(worst["even"] > 1.25), worst["gap"], worst["hy"] star(worst["hy"] > 10),
      worst["stack"] "(" worst["long"] ")" star(worst["stack"] > 2), worst["turn"] star(worst["turn"] > 0),
      worst["wid"] star(worst["wid"] > 0), worst["orph"] star(worst["orph"] > 0), worst["foot"] star(worst["foot"] > 0.5),
      worst["base"] star(worst["base"] > 0.5), worst["short"], worst["over"] star(worst["over"] > 0),
      worst["split"] "/" worst["bad"] star(worst["bad"] > 0), worst["hy3"] star(worst["hy3"] > 0),
      worst["last"] star(worst["last"] > 0), worst["inside"] star(worst["inside"] > 0),
      worst["grid"] star(worst["grid"] > 0), worst["fig"] star(worst["fig"] > 0))
}' "$rows"
