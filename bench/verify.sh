#!/usr/bin/env bash
# Checks the PDFs of a statement the way a print shop's tools read them: every layout's PDF, one
# with printer's marks, the saddle, 2-up and tile imposed files, and the black, CMYK (with a press
# sheet) and risograph builds with their masters go through `qpdf --check`
# (structure), `mutool draw` (every page drawn by MuPDF) and `pdftotext` (text extracted by poppler).
# Any warning or error fails the run.
#
# usage: bench/verify.sh [STATEMENT.md]      (default: samples/statement.md)
# needs: qpdf, mupdf-tools, poppler-utils (apt-get install qpdf mupdf-tools poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in qpdf mutool pdftotext; do
  if ! command -v "$tool" >/dev/null; then
    echo "verify: $tool is not installed; apt-get install qpdf mupdf-tools poppler-utils" >&2
    exit 2
  fi
done

statement=${1:-samples/statement.md}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build src/Pamphlet.Cli -v q -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
cli=src/Pamphlet.Cli/bin/Debug/net10.0/linux-x64/pamphlet.dll
pamphlet() { dotnet "$cli" build "$statement" "$@" >/dev/null; }

layouts=()
for file in layouts/*.yaml; do layouts+=(--layout "$(basename "$file" .yaml)"); done
pamphlet "${layouts[@]}" --out "$out/layouts"
pamphlet --layout a5-pamphlet --marks --impose saddle --out "$out/marks-saddle"
pamphlet --layout a5-pamphlet --impose 2up --out "$out/2up"
pamphlet --layout poster-a3 --impose tile --out "$out/tile"
for ink in black cmyk; do
  pamphlet --layout a5-pamphlet --ink "$ink" --impose saddle --sheet SRA4 --marks --out "$out/$ink" 2>/dev/null
  pamphlet --layout poster-a3 --ink "$ink" --out "$out/$ink" 2>/dev/null
done
pamphlet --layout a5-pamphlet-riso --separations --impose 2up --out "$out/riso" 2>/dev/null
pamphlet --layout poster-a3-riso --separations --out "$out/riso" 2>/dev/null

# This MuPDF build lacks colour management and says so once per run, whatever the file: not a finding.
readonly mupdf_note='warning: ICC support is not available'

failed=0
checked=0
while IFS= read -r pdf; do
  name=${pdf#"$out"/}
  problems=()
  # qpdf exits 0 when clean, 2 on errors, 3 on warnings.
  if ! qpdf_output=$(qpdf --check "$pdf" 2>&1); then problems+=("qpdf: $(grep -iE 'warning|error' <<<"$qpdf_output" | head -3 | tr '\n' ' ')"); fi
  if ! mutool_output=$(mutool draw -q -o /dev/null -F png -r 36 "$pdf" 2>&1); then problems+=("mutool exited with an error"); fi
  mutool_output=$(grep -v -F "$mupdf_note" <<<"$mutool_output" | grep -v '^page ' || true)
  [[ -n $mutool_output ]] && problems+=("mutool: $(head -3 <<<"$mutool_output" | tr '\n' ' ')")
  text_errors=$(pdftotext "$pdf" "$out/text.txt" 2>&1) || problems+=("pdftotext exited with an error")
  [[ -n $text_errors ]] && problems+=("pdftotext: $(head -3 <<<"$text_errors" | tr '\n' ' ')")
  [[ -s $out/text.txt ]] || problems+=("pdftotext: no text")
  checked=$((checked + 1))
  if ((${#problems[@]} > 0)); then
    failed=$((failed + 1))
    printf 'FAIL %s\n' "$name"
    printf '     %s\n' "${problems[@]}"
  else
    printf 'ok   %s\n' "$name"
  fi
done < <(find "$out" -name '*.pdf' | sort)

echo "$checked PDFs checked, $failed with findings"
((failed == 0))
