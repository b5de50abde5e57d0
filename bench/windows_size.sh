#!/usr/bin/env bash
# Size of the Windows packages (issue goal: zip under 20 MB), measured on what scripts/windows/build.sh made.
# Usage: bench/windows_size.sh [--build]   (--build runs scripts/windows/build.sh first)
# Prints a Markdown table: the zip, the installer, the unpacked folder, and the biggest files in it.
# Exit 77 when there is nothing to measure and --build was not given (or the Windows SDK is missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" = --build ]; then "$root/scripts/windows/build.sh"; fi
bdir=${RDPD_WIN_BUILD_DIR:-$root/build/win64}
[ -f "$bdir/version.txt" ] || { echo "windows_size: no Windows build in $bdir (run with --build)" >&2; exit 77; }
version=$(cat "$bdir/version.txt")
zip="$root/dist/rdp-doctor-$version-win64.zip"
setup="$root/dist/rdp-doctor-$version-setup.exe"
deploy="$bdir/deploy"
for f in "$zip" "$setup" "$deploy/rdp-doctor.exe"; do
  [ -e "$f" ] || { echo "windows_size: $f is missing (run with --build)" >&2; exit 77; }
done
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
bytes() { stat -c %s "$1"; }
dir_bytes=$(find "$deploy" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo "| what | size (MB) | bytes |"
echo "|---|---|---|"
echo "| \`rdp-doctor-$version-win64.zip\` (portable) | $(mb "$(bytes "$zip")") | $(bytes "$zip") |"
echo "| \`rdp-doctor-$version-setup.exe\` (NSIS, LZMA solid) | $(mb "$(bytes "$setup")") | $(bytes "$setup") |"
echo "| unpacked folder, $(find "$deploy" -type f | wc -l) files | $(mb "$dir_bytes") | $dir_bytes |"
echo
echo "Largest files in the folder:"
echo
echo "| file | size (MB) |"
echo "|---|---|"
(cd "$deploy" && find . -type f -printf '%s %P\n' | sort -rn | head -8) | while read -r s f; do
  echo "| \`$f\` | $(mb "$s") |"
done
