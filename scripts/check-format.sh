#!/usr/bin/env bash
# check-format.sh [--fix] [BASE]: the C++ lines changed since BASE must follow .clang-format (clang-format 14).
# Only changed lines are checked (git diff with rename detection, then clang-format-diff), so old code and files that
# were only moved are not reformatted wholesale. BASE: the argument,
# else $RDPD_FORMAT_BASE, else the merge base with the local main branch, else the parent commit. --fix rewrites
# the changed lines in place (the `format` build target). Exit 77 when clang-format is not installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fix=0
if [ "${1:-}" = "--fix" ]; then fix=1; shift; fi
cfd=$(command -v clang-format-diff-14 || command -v clang-format-diff || true)
cf=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$cfd" ] || [ -z "$cf" ]; then echo "clang-format is not installed (scripts/bootstrap.sh installs it)" >&2; exit 77; fi
base=${1:-${RDPD_FORMAT_BASE:-}}
if [ -z "$base" ]; then
  base=$(git merge-base HEAD main 2>/dev/null || true)
  if [ -z "$base" ] || [ "$base" = "$(git rev-parse HEAD)" ]; then base=$(git rev-parse --verify -q HEAD~1 || true); fi
fi
if [ -z "$base" ]; then echo "no base commit to compare with: nothing to check"; exit 0; fi
paths=(checks app wizard tests bench)
changes() { git diff -M -U0 --no-color "$base" -- "${paths[@]}"; }
if [ "$fix" = 1 ]; then
  changes | "$cfd" -p1 -i -binary "$cf" -regex '.*\.(cpp|h)'
  exit 0
fi
out=$(changes | "$cfd" -p1 -binary "$cf" -regex '.*\.(cpp|h)')
if [ -z "$out" ]; then echo "format: the lines changed since ${base:0:12} follow .clang-format"; exit 0; fi
echo "$out"
echo "format: the lines above changed since ${base:0:12} do not follow .clang-format; run the format target (cmake --build DIR --target format) or scripts/check-format.sh --fix" >&2
exit 1
