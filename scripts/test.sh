#!/usr/bin/env bash
# Installs what is missing (build + test packages, xrdp among them), builds with tests, runs every test.
# Exits non-zero on any failure. With CI=true, warnings are errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bootstrap.sh
source "$root/scripts/bootstrap.sh"
rdpd_install "${rdpd_packages_build[@]}" "${rdpd_packages_test[@]}"
# Tests build unoptimised and without debug info: on 2 CPUs this halves a clean build (CI starts from nothing).
"$root/scripts/build.sh" Debug "$root/build/test" -DRDPD_BUILD_TESTS=ON -DCMAKE_CXX_FLAGS_DEBUG=-O0
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/rdpd-xdg.XXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
cd "$root/build/test"
rc=0; ctest --output-on-failure -j "$(nproc)" "$@" || rc=$?
if [ "$rc" != 0 ]; then
  # A CI log is often read from its end: repeat, after ctest's list, what each failed test said about its failures.
  "$root/scripts/failed-tests-digest.sh" "$root/build/test/Testing/Temporary" || true
  exit "$rc"
fi
cd "$root"

# Formatting: the C++ lines this branch changed follow .clang-format (scripts/check-format.sh; `format` target fixes).
rc=0; "$root/scripts/check-format.sh" || rc=$?
if [ "$rc" = 77 ]; then echo "format check skipped (clang-format unavailable)";
elif [ "$rc" != 0 ]; then echo "format check failed" >&2; exit "$rc"; fi

# Structure: no include knots (tls -> rdp/verdict, core -> areas), no file over 500 lines in checks/ and wizard/, no
# function over 100 lines (scripts/check-structure.sh).
"$root/scripts/check-structure.sh"

# The evidence collector (PowerShell) is parsed with the tree-sitter PowerShell grammar (npm, pinned, local).
rc=0; "$root/scripts/check-collector.sh" || rc=$?
if [ "$rc" = 77 ]; then echo "collector syntax check skipped (node/npm or its packages unavailable)";
elif [ "$rc" != 0 ]; then echo "collector syntax check failed" >&2; exit "$rc"; fi

# Linux package, in every run: the .deb packed from this test build (scripts/package.sh --from-build: the same install
# rules, CPack settings, computed dependencies and lintian run as the Release package) is installed with apt-get into
# a fresh Debian 12 root and run there (scripts/test-deb.sh, docs/packaging.md). It mostly waits for debootstrap and
# apt, so it runs in the background while the Windows part below uses the CPUs. Root and debootstrap only.
# The Release package: scripts/test-deb.sh alone (it runs scripts/package.sh, a Release build, first).
deb_pid=""
if [ "${RDPD_SKIP_DEB:-0}" = 1 ]; then
  echo "Debian package test SKIPPED (RDPD_SKIP_DEB=1)"
elif [ "$(id -u)" != 0 ]; then
  echo "Debian package test SKIPPED (needs root for the Debian root)"
elif deb_need=$([ -f "${RDPD_DEB_ROOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rdp-doctor/debian12-root.tar}" ] && echo 180 || echo 480)
     [ $((SECONDS + deb_need)) -gt 1740 ]; then
  # It needs about deb_need seconds (a cold Debian root takes the most): started later it would only be cut off.
  echo "Debian package test SKIPPED: the run already took $((SECONDS / 60)) minutes and it needs about" \
    "$((deb_need / 60)) more (CI budget 30; run scripts/test-deb.sh alone)"
else
  rdpd_install "${rdpd_packages_package[@]}" "${rdpd_packages_package_test[@]}" || true
  deb_start=$SECONDS
  "$root/scripts/package.sh" --from-build "$root/build/test"
  deb_file=$(ls "$root"/build/test/deb/rdp-doctor_*.deb)
  RDPD_DEB="$deb_file" timeout -k 10 $((1740 - SECONDS)) "$root/scripts/test-deb.sh" >"$root/build/test-deb.log" 2>&1 &
  deb_pid=$!
  trap '[ -n "$deb_pid" ] && kill "$deb_pid" 2>/dev/null; true' EXIT
fi

# Windows: the cross-built product (zip and installer) and test suite run under Wine (scripts/windows/test.sh,
# docs/windows.md), whenever the Windows SDK is here (/opt/qt6-mingw or ../shared/windows/*.tar.xz). It needs about
# RDPD_WINDOWS_MINUTES (15) minutes of an idle 2-CPU machine from a cold build (docs/windows.md, "Time"):
# CI must stay under 30 minutes, so it starts only while that still fits (force it: RDPD_FORCE_WINDOWS=1; skip it:
# RDPD_SKIP_WINDOWS=1). When it cannot run, the MinGW compile check of every platform-dependent source still does.
win_minutes=${RDPD_WINDOWS_MINUTES:-15}
win_sdk=0
{ [ -d /opt/qt6-mingw ] || compgen -G "$root/../shared/windows/*.tar.xz" >/dev/null; } && win_sdk=1
win_ran=0
if [ "${RDPD_SKIP_WINDOWS:-0}" = 1 ]; then
  echo "Windows tests under Wine SKIPPED (RDPD_SKIP_WINDOWS=1)"
elif [ "$win_sdk" = 0 ]; then
  echo "Windows tests under Wine SKIPPED: no Windows SDK (/opt/qt6-mingw or ../shared/windows/*.tar.xz)"
elif [ "${RDPD_FORCE_WINDOWS:-0}" != 1 ] && [ $((SECONDS + win_minutes * 60)) -gt 1680 ]; then
  echo "Windows tests under Wine SKIPPED: the run already took $((SECONDS / 60)) minutes and they need about" \
    "$win_minutes more (CI budget 30; force them: RDPD_FORCE_WINDOWS=1)"
else
  # A hard stop at 29 minutes of the whole run: a machine far slower than estimated must not take CI past 30.
  rc=0; win_start=$SECONDS
  RDPD_LINUX_REBUILD=0 timeout -k 10 $((1740 - SECONDS)) "$root/scripts/windows/test.sh" || rc=$?
  echo "Windows tests under Wine: $((SECONDS - win_start)) s"
  if [ "$rc" = 77 ]; then echo "Windows tests under Wine SKIPPED (Wine/Xvfb or the Windows SDK unavailable)";
  elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    echo "Windows tests under Wine DID NOT FINISH: stopped at CI's 30-minute budget after $((SECONDS - win_start)) s" \
      "(what ran is above; run scripts/windows/test.sh alone to finish them)"
    win_ran=1  # the cross build ran: the compile check below would only repeat it past the budget
  elif [ "$rc" != 0 ]; then echo "Windows tests under Wine failed" >&2; exit "$rc"; else win_ran=1; fi
fi
if [ "$win_ran" = 0 ]; then
  # Every platform-dependent product source is at least compiled for Windows with MinGW-w64 (docs/windows.md).
  rc=0; "$root/scripts/check-windows-build.sh" || rc=$?
  if [ "$rc" = 77 ]; then echo "Windows compile check skipped (MinGW-w64 cross compiler unavailable)";
  elif [ "$rc" != 0 ]; then echo "Windows compile check failed" >&2; exit "$rc"; fi
fi

# Short fuzz runs of every parser of network/file bytes (clang + libFuzzer, ASan/UBSan). Longer runs: docs/fuzzing.md.
# They come after the Windows part: on a machine too slow for both within CI's 30 minutes, Windows (the users'
# platform) runs and the fuzz build is skipped (loudly) once the run has taken 20 minutes.
if [ "${RDPD_SKIP_FUZZ:-0}" != "1" ] && [ "${RDPD_FORCE_FUZZ:-0}" != "1" ] && [ "$SECONDS" -gt 1200 ]; then
  echo "fuzz runs SKIPPED: build and tests already took $((SECONDS / 60)) minutes (force them: RDPD_FORCE_FUZZ=1 scripts/test.sh)"
  RDPD_SKIP_FUZZ=1
fi
if [ "${RDPD_SKIP_FUZZ:-0}" != "1" ] && command -v clang++ >/dev/null; then
  fuzzdir="$root/build/fuzz"
  export CCACHE_BASEDIR="$root" CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
  if [ ! -f "$fuzzdir/build.ninja" ]; then
    CXX=clang++ CC=clang cmake -S "$root" -B "$fuzzdir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O1 \
      -DRDPD_FUZZ=ON -DRDPD_BUILD_TESTS=ON -DRDPD_FUZZ_SECONDS="${RDPD_FUZZ_SECONDS:-15}" \
      $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
  fi
  cmake --build "$fuzzdir" --target fuzzers -j "$(nproc)"
  (cd "$fuzzdir" && ctest --output-on-failure -L fuzz -j "$(nproc)")
fi

if [ -n "$deb_pid" ]; then
  rc=0; wait "$deb_pid" || rc=$?
  deb_pid=""
  cat "$root/build/test-deb.log"
  echo "Debian package test: $((SECONDS - deb_start)) s (in the background of the Windows part)"
  if [ "$rc" = 77 ]; then echo "Debian package test SKIPPED (needs root and debootstrap)";
  elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    # Like the Windows part: cut off by the budget is said loudly, not a failure of the package (run it alone).
    echo "Debian package test DID NOT FINISH: stopped at CI's 30-minute budget after $((SECONDS - deb_start)) s" \
      "(what ran is above; run scripts/test-deb.sh alone to finish it)"
  elif [ "$rc" != 0 ]; then echo "Debian package test failed" >&2; exit "$rc"; fi
fi
