#!/usr/bin/env bash
# Cold start of the wizard to its first painted page, and its peak memory (offscreen), next to a bare Qt window.
# Then each page's first opening (bench_page_open), empty and after the port-changed lab diagnosis.
# Usage: bench/startup.sh [RUNS]   (builds Release into build/bench-release first)
# The machine may be shared: every figure is a median of RUNS runs, and the baseline runs in the same session.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
source "$root/scripts/bootstrap.sh"
rdpd_install "${rdpd_packages_build[@]}" time
dir="$root/build/bench-release"
if [ ! -f "$dir/build.ninja" ]; then
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRDPD_BUILD_TESTS=ON \
    $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
fi
CCACHE_BASEDIR="$root" cmake --build "$dir" -j "$(nproc)" --target rdp-doctor bench_baseline_window bench_page_open >/dev/null
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

# First opening of each page: median over RUNS processes per page; the slowest page's median is the figure.
pages="$root/build/bench-release/bench/bench_page_open"
if [ -x "$pages" ]; then
  : > /tmp/rdpd-bench-pages
  for _ in $(seq "$runs"); do "$pages" --lab port-changed 2>/dev/null >> /tmp/rdpd-bench-pages || true; done
  echo
  echo "| page opened the first time | median ms (empty) | median ms (after a lab diagnosis) |"
  echo "|---|---|---|"
  for id in $(seq 1 12); do
    e=$(grep "state=empty page=$id " /tmp/rdpd-bench-pages | grep -o 'first_open_ms=[0-9.]*' | cut -d= -f2 | sort -n || true)
    d=$(grep "state=diagnosed page=$id " /tmp/rdpd-bench-pages | grep -o 'first_open_ms=[0-9.]*' | cut -d= -f2 | sort -n || true)
    med() { local n; n=$(wc -l <<<"$1"); [ -n "$1" ] && sed -n "$(( (n + 1) / 2 ))p" <<<"$1" || echo "—"; }
    name=$([ "$id" = 12 ] && echo summary || echo "step $id")
    echo "| $name | $(med "$e") | $(med "$d") |"
  done
fi
