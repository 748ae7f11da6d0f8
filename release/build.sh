#!/usr/bin/env bash
# Makes Pamphlet's downloads: one archive per platform, each a folder that is the whole program
# (executable, SkiaSharp and HarfBuzz libraries, fonts, layouts, colour profiles, a sample), a
# README.txt and the licences; and the .NET tool package for people who have the SDK.
#
# usage: release/build.sh [--out DIR] [--no-aot] [TARGET ...]
#   TARGET    linux-x64 linux-arm64 win-x64 osx-arm64 osx-x64 tool (default: all of them)
#   --out DIR where the downloads go (default release/out, git-ignored)
#   --no-aot  build linux-x64 like the other platforms (self-contained single file, ReadyToRun),
#             for a machine without a C toolchain
#
# linux-x64 is a Native AOT executable: it needs a C toolchain (clang or gcc) with zlib's headers
# (Debian: apt-get install clang zlib1g-dev). Native AOT cannot cross-compile to another operating
# system, nor here to another processor, so the other platforms are self-contained single-file
# ReadyToRun programs (trimmed: the code is AOT-safe, so trimming is too), which need only the SDK.
# Archives are deterministic where the tools allow it: sorted entries, fixed times
# (SOURCE_DATE_EPOCH, else the last commit's time), no owners.
set -euo pipefail
cd "$(dirname "$0")/.."

out=release/out
aot=true
targets=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --no-aot) aot=false; shift ;;
    linux-x64|linux-arm64|win-x64|osx-arm64|osx-x64|tool) targets+=("$1"); shift ;;
    *) echo "usage: release/build.sh [--out DIR] [--no-aot] [linux-x64|linux-arm64|win-x64|osx-arm64|osx-x64|tool]..." >&2; exit 2 ;;
  esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(linux-x64 linux-arm64 win-x64 osx-arm64 osx-x64 tool)

mkdir -p "$out"
out=$(cd "$out" && pwd)
# Build outputs of release builds live apart from the developers' bin/ and obj/ (and survive between
# runs, so a second run is incremental). Git ignores every obj/ folder.
artifacts=$PWD/release/obj
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=$(dotnet msbuild src/Pamphlet.Cli -getProperty:Version)
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2> /dev/null || echo 0)}
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")

# c_toolchain: prints the C compiler Native AOT will link with (clang, else gcc: the SDK looks for
# them in that order), or nothing when there is none or it cannot link against zlib.
c_toolchain() {
  local cc
  for cc in clang gcc; do
    if command -v "$cc" > /dev/null && printf 'int main(void) { return 0; }\n' | "$cc" -x c - -lz -o "$work/cc-check" 2> /dev/null; then
      echo "$cc"
      return
    fi
  done
}

publish() { # publish RID FOLDER MSBUILD-PROPERTY...
  local rid=$1 folder=$2; shift 2
  dotnet publish src/Pamphlet.Cli -c Release -r "$rid" --artifacts-path "$artifacts" -o "$folder" \
    -nologo -v q "$@" > "$work/publish-$rid.log" 2>&1 \
    || { cat "$work/publish-$rid.log" >&2; echo "$rid: dotnet publish failed (above)" >&2; exit 1; }
}

# stage RID FOLDER: the README, licences and sample beside the published program.
stage() {
  local rid=$1 folder=$2 run=./pamphlet note="" own=""
  case $rid in
    win-*)
      run='.\pamphlet.exe'
      note="Windows may warn that the publisher is unknown (the program is not signed): choose
\"More info\", then \"Run anyway\". On Windows, write paths with \\ or /, as you like.
" ;;
    osx-*)
      note="macOS quarantines programs downloaded with a browser and refuses to open them (the
program is not notarised). Lift it once for the whole folder in Terminal:

    xattr -dr com.apple.quarantine /path/to/this/folder
" ;;
  esac
  mkdir -p "$folder/licenses/hyphenation" "$folder/samples"
  cp release/THIRD-PARTY-NOTICES.txt "$folder/licenses/"
  cp "$dotnet_root/LICENSE.txt" "$folder/licenses/dotnet-LICENSE.txt"
  cp "$dotnet_root/ThirdPartyNotices.txt" "$folder/licenses/dotnet-THIRD-PARTY-NOTICES.txt"
  cp src/Pamphlet.Text/Hyphenation/Patterns/*.LICENSE.txt "$folder/licenses/hyphenation/"
  cp profiles/LICENSE.md "$folder/licenses/color-profiles.md"
  cp samples/statement.md samples/photo.jpg samples/README.md "$folder/samples/"
  if [[ -f LICENSE ]]; then
    cp LICENSE "$folder/licenses/Pamphlet-LICENSE.txt"
    own="licenses/Pamphlet-LICENSE.txt         Pamphlet's own licence"
  fi
  VERSION=$version PLATFORM=$rid RUN=$run NOTE=$note OWN=$own awk '
    { gsub("@VERSION@", ENVIRON["VERSION"]); gsub("@PLATFORM@", ENVIRON["PLATFORM"]); gsub("@RUN@", ENVIRON["RUN"]) }
    /^@NOTE@$/ { if (ENVIRON["NOTE"] != "") print ENVIRON["NOTE"]; next }
    /^@OWN_LICENCE@$/ { if (ENVIRON["OWN"] != "") print ENVIRON["OWN"]; next }
    { print }' release/README.txt > "$folder/README.txt"
  # Windows readers expect CRLF line ends in a .txt.
  [[ $rid == win-* ]] && sed -i 's/$/\r/' "$folder/README.txt"
  chmod -R u=rwX,go=rX "$folder"
  chmod 755 "$folder/pamphlet"*
  find "$folder" -exec touch -h -d "@$epoch" {} +
}

archive() { # archive RID NAME: $work/stage/NAME → $out/NAME.tar.gz or .zip
  local rid=$1 name=$2
  if [[ $rid == win-* ]]; then
    rm -f "$out/$name.zip"
    (cd "$work/stage" && find "$name" -type f | LC_ALL=C sort | TZ=UTC zip -q -X -9 -@ "$out/$name.zip")
    echo "$out/$name.zip"
  else
    tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner --format=gnu \
      -C "$work/stage" -cf - "$name" | gzip -9 -n > "$out/$name.tar.gz"
    echo "$out/$name.tar.gz"
  fi
}

built=()
not_built=()
for target in "${targets[@]}"; do
  start=$SECONDS
  if [[ $target == tool ]]; then
    # Framework-dependent ReadyToRun (a tool runs on the SDK's runtime); no platform at the top, so
    # the pack makes the Pamphlet package and one Pamphlet.<platform> package per platform.
    rm -f "$out"/Pamphlet.*"$version".nupkg
    dotnet pack src/Pamphlet.Cli -c Release -p:PublishAot=false -p:RuntimeIdentifier= \
      --artifacts-path "$artifacts/tool" -o "$out" -nologo -v q > "$work/pack.log" 2>&1 \
      || { cat "$work/pack.log" >&2; echo "tool: dotnet pack failed (above)" >&2; exit 1; }
    echo "tool: $out/Pamphlet.$version.nupkg (+ one package per platform) in $((SECONDS - start)) s"
    built+=(tool)
    continue
  fi
  name=pamphlet-$version-$target
  folder=$work/stage/$name
  if [[ $target == linux-x64 && $aot == true ]]; then
    cc=$(c_toolchain)
    if [[ -z $cc ]]; then
      echo "linux-x64: NOT BUILT: Native AOT needs a C toolchain (clang or gcc) that links with zlib," >&2
      echo "  and none was found (Debian: apt-get install clang zlib1g-dev). Or build it without AOT:" >&2
      echo "  release/build.sh --no-aot linux-x64" >&2
      not_built+=(linux-x64)
      continue
    fi
    publish "$target" "$folder" -p:PublishAot=true
    kind="Native AOT ($cc)"
  else
    publish "$target" "$folder" -p:PublishAot=false -p:SelfContained=true -p:PublishSingleFile=true \
      -p:PublishReadyToRun=true -p:PublishTrimmed=true
    kind="single file, ReadyToRun"
  fi
  stage "$target" "$folder"
  file=$(archive "$target" "$name")
  echo "$target: $file ($kind, $(du -k "$file" | cut -f1) KiB) in $((SECONDS - start)) s"
  built+=("$target")
done

echo "built: ${built[*]:-nothing}"
if [[ ${#not_built[@]} -gt 0 ]]; then
  echo "NOT built here: ${not_built[*]} (see above)" >&2
  exit 1
fi
[[ -f LICENSE ]] || echo "note: the repository has no LICENSE file, so the archives carry no licence of Pamphlet's own" >&2
