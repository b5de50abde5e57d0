#!/usr/bin/env bash
# build.sh TYPE DIR [CMAKE ARGS...]: configure once, then build incrementally with Ninja (and ccache if present).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
type=${1:-Release}; dir=${2:-$root/build/release}; shift 2 || true
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) && export CCACHE_BASEDIR="$root"
# Precompiled headers (RDPD_PCH, cmake/CommonSettings.cmake): ccache caches such compiles only with this sloppiness.
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f "$dir/build.ninja" ]; then
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DRDPD_WERROR=$werror "${launcher[@]}" "$@" >/dev/null
else
  cmake "$dir" -DRDPD_WERROR=$werror "$@" >/dev/null
fi
cmake --build "$dir" -j "$(nproc)"
