#!/usr/bin/env bash
# Syntax check of the evidence collector with the tree-sitter PowerShell grammar (its WebAssembly build, run by
# web-tree-sitter: no native compilation). The pinned packages (scripts/collector-lint/package-lock.json) are
# installed locally with `npm ci` under build/collector-lint (or $RDPD_LINT_DIR); nothing is installed globally.
# Usage: scripts/check-collector.sh [FILE.ps1...]   (default: every resources/collector/*.ps1)
# Exit: 0 clean, 1 syntax errors found, 77 tool unavailable (no node/npm, or the packages could not be installed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
dest="${RDPD_LINT_DIR:-$root/build/collector-lint}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "check-collector: node and npm are needed for the PowerShell syntax check; skipping" >&2
  exit 77
fi

mkdir -p "$dest"
if ! cmp -s "$here/collector-lint/package-lock.json" "$dest/package-lock.json" ||
   [ ! -f "$dest/node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm" ]; then
  cp "$here/collector-lint/package.json" "$here/collector-lint/package-lock.json" "$here/collector-lint/.npmrc" "$dest/"
  if ! (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error >&2); then
    rm -f "$dest/package-lock.json"  # force a retry next time
    echo "check-collector: could not install the parser packages (offline?); skipping" >&2
    exit 77
  fi
fi
cp "$here/collector-lint/lint.cjs" "$dest/lint.cjs"

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  files=("$root"/resources/collector/*.ps1)
fi
exec node "$dest/lint.cjs" "${files[@]}"
