#!/usr/bin/env bash
# Installs the reference typesetter that bench/run.sh pairs Pamphlet with (issue 13): mdxport 0.3.2, a
# single native executable that turns Markdown into a PDF through Typst, from the npm registry into
# bench/out/mdxport (git-ignored; nothing of it is committed). Needs npm.
#
# usage: bench/install-references.sh
#
# The issue also names pandoc → Typst 0.14. Neither is installable here: Debian's pandoc (2.17 in
# bookworm) predates pandoc's Typst writer (3.1.2), Debian has no Typst, and the npm registry's Typst
# CLI packages stop at 0.10. run.sh says so when it finds no `typst` and no pandoc ≥ 3.1.2.
set -euo pipefail
cd "$(dirname "$0")/.."
readonly prefix=bench/out/mdxport
command -v npm > /dev/null || { echo "bench/install-references.sh needs npm (apt-get install npm)" >&2; exit 1; }
npm install --prefix "$prefix" --no-save --no-audit --no-fund @mdxport/cli@0.3.2 > /dev/null
# The package's launcher finds the platform's executable; time that executable directly, not node.
exe=$(find "$prefix/node_modules/@mdxport" -maxdepth 2 -type f -name mdxport -perm -u+x | head -1)
[[ -n $exe ]] || { echo "mdxport's executable for this platform was not installed" >&2; exit 1; }
echo "$exe"
