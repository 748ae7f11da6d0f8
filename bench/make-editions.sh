#!/usr/bin/env bash
# Writes OUT_DIR/editions/<lang>.md: the sample statement as six "language editions" (the same text
# with the front matter's lang set to en, en-GB, es, fr, it, pt, so each edition loads its own
# hyphenation patterns and quotation marks, as a real multi-language batch does), plus its photo.
set -euo pipefail
sample=${1:-samples/statement.md}
out=${2:-bench/out}/editions
mkdir -p "$out"
cp "$(dirname "$sample")/photo.jpg" "$out/"
for lang in en en-GB es fr it pt; do
  sed -e "s/^lang: .*/lang: $lang/" "$sample" > "$out/$lang.md"
done
echo "$out"
