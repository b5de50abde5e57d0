#!/usr/bin/env bash
# Cold start of the wizard to its first painted page, and its peak memory (offscreen), next to a bare Qt window.
# Usage: bench/startup.sh [RUNS]   (builds Release into build/bench-release first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
source "$root/scripts/bootstrap.sh"
rdpd_install "${rdpd_packages_build[@]}" time
"$root/scripts/build.sh" Release "$root/build/bench-release" -DRDPD_BUILD_TESTS=ON >/dev/null
app="$root/build/bench-release/app/rdp-doctor"
base="$root/build/bench-release/bench/bench_baseline_window"
export QT_QPA_PLATFORM=offscreen RDPD_BENCH_FIRST_PAINT=1
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/rdpd-xdg.XXXX)}; chmod 700 "$XDG_RUNTIME_DIR"

measure() {  # name, command...
  local name=$1; shift
  local times=() mems=()
  "$@" >/dev/null 2>&1 || true   # warm the page cache once: "cold" here means a new process, not a cold disk
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f 'maxrss_kb=%M' "$@" ; } 2>&1 )
    times+=("$(grep -o 'first_paint_ms=[0-9.]*' <<<"$out" | cut -d= -f2)")
    mems+=("$(grep -o 'maxrss_kb=[0-9]*' <<<"$out" | cut -d= -f2)")
  done
  printf '%s\n' "${times[@]}" | sort -n > /tmp/rdpd-bench-t
  printf '%s\n' "${mems[@]}" | sort -n > /tmp/rdpd-bench-m
  local n; n=$(wc -l < /tmp/rdpd-bench-t)
  local med; med=$(sed -n "$(( (n + 1) / 2 ))p" /tmp/rdpd-bench-t)
  local p90; p90=$(sed -n "$(( (n * 9 + 9) / 10 ))p" /tmp/rdpd-bench-t)
  local mem; mem=$(sort -n /tmp/rdpd-bench-m | tail -1)
  printf '| %s | %s | %s | %s |\n' "$name" "$med" "$p90" "$(awk "BEGIN{printf \"%.1f\", $mem/1024}")"
}

echo "| program | first paint, median ms | p90 ms | peak RSS MB |"
echo "|---|---|---|---|"
measure "rdp-doctor (start page, en)" "$app" --lang en
measure "rdp-doctor (start page, zh_CN)" "$app" --lang zh_CN
measure "bare Qt window (baseline)" "$base"
