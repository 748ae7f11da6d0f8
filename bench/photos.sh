#!/usr/bin/env bash
# Times writing the sample with its photo in colour, in black and in one risograph ink (and with a
# 4000-pixel copy of the photo), in-process, Release; keeps each PDF and a 60 dpi picture of the
# photo's pages in bench/out/ for looking at.
# usage: bench/photos.sh [--iterations N]
set -euo pipefail
cd "$(dirname "$0")/.."
readonly bench=bench/Pamphlet.Bench/bin/Release/net10.0/linux-x64/Pamphlet.Bench.dll
dotnet build bench/Pamphlet.Bench -c Release -v q -nologo | grep -E "error|Warn|Elapsed" || true
dotnet "$bench" photos samples/statement.md "$@"
if command -v pdftoppm >/dev/null; then
  for pdf in bench/out/photos-*.pdf; do pdftoppm -r 60 -png "$pdf" "${pdf%.pdf}"; done
fi
