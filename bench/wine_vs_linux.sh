#!/usr/bin/env bash
# `rdp-doctor diagnose` against the same xrdp on 127.0.0.1: the Linux build next to the Windows build run under Wine,
# alternating in the same run. These are WINE timings on Linux, not Windows timings: Wine's process start, its socket
# layer over Linux sockets and its wineserver are in them, and they say nothing about a real Windows PC.
# Usage: bench/wine_vs_linux.sh [RUNS]   (needs root for xrdp; Windows build from scripts/windows/build.sh)
# Environment: RDPD_BENCH_LINUX_BIN (default: a Release build's rdp-doctor), RDPD_BENCH_WIN_DEPLOY (build/win64/deploy)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
source "$root/scripts/bootstrap.sh"
rdpd_install "${rdpd_packages_build[@]}" "${rdpd_packages_windows[@]}" "${rdpd_packages_windows_test[@]}"
# The Linux side: RDPD_BENCH_LINUX_BIN, or the program alone from a Release build (as the Windows build is).
linux=${RDPD_BENCH_LINUX_BIN:-}
if [ -z "$linux" ]; then
  rel="$root/build/bench-release"
  [ -f "$rel/build.ninja" ] || cmake -S "$root" -B "$rel" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRDPD_BUILD_TESTS=ON \
    $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
  CCACHE_BASEDIR="$root" cmake --build "$rel" --target rdp-doctor -j "$(nproc)" >/dev/null
  linux="$rel/app/rdp-doctor"
fi
windeploy=${RDPD_BENCH_WIN_DEPLOY:-$root/build/win64/deploy}
[ -f "$windeploy/rdp-doctor.com" ] || "$root/scripts/windows/build.sh" --no-package >/dev/null
wincom="$windeploy/rdp-doctor.com"
wine=$(command -v wine64 || command -v wine)

d=$(mktemp -d /tmp/rdpd-bench-wine.XXXX)
export WINEPREFIX="$d/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
trap 'wineserver -k 2>/dev/null || true; "$root/bench/xrdp-loopback.sh" stop "$d/xrdp"; rm -rf "$d"' EXIT
mkdir -p "$WINEPREFIX"
wineserver -p
"$wine" wineboot -i >/dev/null 2>&1
port=$(( 20000 + RANDOM % 20000 ))
"$root/bench/xrdp-loopback.sh" start "$port" "$d/xrdp" negotiate

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# One diagnosis: "wall_ms duration_ms cause exit" (duration_ms: the report's own time, without process start and
# exit). A process that does not exit within 30 s is killed (exit 124): its wall time then means nothing.
once() {
  local t0 t1 out rc=0
  t0=$(now_ms); out=$(timeout -k 5 30 "$@" diagnose "127.0.0.1:$port" --format json 2>/dev/null) || rc=$?; t1=$(now_ms)
  echo "$((t1 - t0)) $(tr -d '\r' <<<"$out" | jq -r '"\(.duration_ms) \(.verdict.cause_id)"' 2>/dev/null || echo "? ?") $rc"
}
once "$linux" >/dev/null; once "$wine" "$wincom" >/dev/null  # warm-up (page cache, Wine's DLLs)
: >"$d/linux.txt"; : >"$d/wine.txt"
for _ in $(seq "$runs"); do
  once "$linux" >>"$d/linux.txt"
  once "$wine" "$wincom" >>"$d/wine.txt"
done
stats() {  # FILE COLUMN -> "median (min–max)"
  sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%d ms (%d–%d)", m, v[1], v[NR]}'
}
echo "## rdp-doctor diagnose 127.0.0.1:$port (xrdp, security_layer=negotiate), $runs runs each, alternating"
echo
echo "| build | whole process, median (min–max) | report duration_ms, median (min–max) | verdict | exit codes |"
echo "|---|---|---|---|---|"
echo "| Linux, native ($(basename "$(dirname "$(dirname "$linux")")")) | $(stats "$d/linux.txt" 1) | $(stats "$d/linux.txt" 2) | $(cut -d' ' -f3 "$d/linux.txt" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')| $(cut -d' ' -f4 "$d/linux.txt" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')|"
echo "| Windows build under Wine $("$wine" --version | sed 's/^wine-//') (NOT Windows) | $(stats "$d/wine.txt" 1) | $(stats "$d/wine.txt" 2) | $(cut -d' ' -f3 "$d/wine.txt" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')| $(cut -d' ' -f4 "$d/wine.txt" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')|"
