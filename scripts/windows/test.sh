#!/usr/bin/env bash
# Tests the Windows build of RDP Doctor under Wine, on this Linux machine (docs/windows.md, "Tests under Wine").
#
#   1. Cross-builds the product and the test suite (scripts/windows/build.sh with RDPD_WIN_TESTS=1: Release product,
#      tests at -O0, zip and installer) and the Linux rdp-doctor the results are compared with (build/test).
#   2. Makes a throw-away Wine prefix and one wineserver for the whole run, and an Xvfb display for anything that
#      uses QtGui windows (under Wine the offscreen platform never exits: the `windows` platform is used).
#   3. Runs checks_tests.exe and gui_tests.exe under Wine (sharded, in parallel); Linux-only tests skip with a reason.
#   4. Runs the real deployed rdp-doctor under Wine and compares it with the Linux build in the same run: every lab
#      scenario's cause, a real xrdp on 127.0.0.1 (protocols, certificate), explain, bad input, screenshots in both
#      languages (Windows style, Chinese glyphs really drawn).
#   5. Installs the NSIS installer silently, runs the installed program, uninstalls and checks nothing is left; unzips
#      the portable zip into a folder with spaces and Chinese characters and runs it.
#
# Usage: scripts/windows/test.sh [--no-build] [--only PART...]   PART: unit gui cli lab xrdp screenshots installer zip
# Environment: RDPD_WIN_BUILD_DIR (build/win64), RDPD_WIN_DIST (dist), RDPD_LINUX_BUILD_DIR (build/test),
#              RDPD_WINE_KEEP=1 keeps the prefix and logs, RDPD_WIN_SHOTS_OUT=DIR copies the screenshots there,
#              RDPD_WIN_SHARDS (2) parallel shards per test executable.
# Exit: 0 all passed, 1 something failed, 77 skipped (no Windows SDK, or Wine/Xvfb cannot be installed).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
here="$root/scripts/windows"
start_s=$SECONDS

build=1
parts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --only) shift; parts+=("$1") ;;
    *) echo "usage: $0 [--no-build] [--only PART]..." >&2; exit 2 ;;
  esac
  shift
done
want() { [ "${#parts[@]}" -eq 0 ] && return 0; local p; for p in "${parts[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }

bdir=${RDPD_WIN_BUILD_DIR:-$root/build/win64}
case "$bdir" in /*) ;; *) bdir="$root/$bdir" ;; esac
ldir=${RDPD_LINUX_BUILD_DIR:-$root/build/test}
shards=${RDPD_WIN_SHARDS:-2}
say() { echo "windows/test: $*"; }

# --- 0. Packages (a fresh CI machine): the cross toolchain and packaging (build.sh) plus Wine, Xvfb, PIL, xrdp. ---
# shellcheck source=../bootstrap.sh
source "$root/scripts/bootstrap.sh"
if ! rdpd_install "${rdpd_packages_windows[@]}" "${rdpd_packages_windows_test[@]}"; then
  say "SKIPPED: cannot install the Windows test packages (${rdpd_packages_windows_test[*]})"; exit 77
fi
wine=$(command -v wine64 || command -v wine || true)
py=/usr/bin/python3  # Debian's, which has python3-pil (a python3 earlier on PATH may not)
if [ -z "$wine" ] || ! command -v Xvfb >/dev/null; then say "SKIPPED: wine or Xvfb is not installed"; exit 77; fi

# --- 1. Build ---
t0=$SECONDS
if [ "$build" = 1 ]; then
  rc=0; RDPD_WIN_TESTS=1 RDPD_WIN_BUILD_DIR="$bdir" "$here/build.sh" || rc=$?
  if [ "$rc" = 77 ]; then say "SKIPPED: no Windows SDK (see scripts/windows/build.sh)"; exit 77; fi
  [ "$rc" = 0 ] || { say "the Windows build failed"; exit 1; }
  if [ ! -x "$ldir/app/rdp-doctor" ] || [ "${RDPD_LINUX_REBUILD:-1}" = 1 ]; then
    # The same configuration as scripts/test.sh, so both share one build (and ccache); only the program is needed.
    if [ ! -f "$ldir/build.ninja" ]; then
      cmake -S "$root" -B "$ldir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 -DRDPD_BUILD_TESTS=ON \
        -DRDPD_WERROR="$([ "${CI:-}" = true ] && echo ON || echo OFF)" \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
    fi
    CCACHE_BASEDIR="$root" cmake --build "$ldir" --target rdp-doctor -j "$(nproc)"
  fi
fi
build_s=$((SECONDS - t0))
deploy="$bdir/deploy"
version=$(cat "$bdir/version.txt")
linux_bin="$ldir/app/rdp-doctor"
dist=${RDPD_WIN_DIST:-$root/dist}
need=("$deploy/rdp-doctor.exe" "$deploy/rdp-doctor.com" "$linux_bin")
# Executables land in the top build directory on Windows (qt_standard_project_setup), in tests/ elsewhere.
tbin="$bdir"; [ -f "$bdir/checks_tests.exe" ] || tbin="$bdir/tests"
want unit && need+=("$tbin/checks_tests.exe")
want gui && need+=("$tbin/gui_tests.exe")
want installer && need+=("$dist/rdp-doctor-$version-setup.exe")
want zip && need+=("$dist/rdp-doctor-$version-win64.zip")
for f in "${need[@]}"; do
  [ -f "$f" ] || { say "missing $f (build first, or drop --no-build)"; exit 1; }
done

# --- 2. Wine prefix, wineserver, Xvfb ---
work=$(mktemp -d /tmp/rdpd-wintest.XXXXXX)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No menu entries or file associations on the host (winemenubuilder), no Mono/Gecko download prompts.
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
xvfb_pid=""
cleanup() {
  set +e
  WINEPREFIX="$WINEPREFIX" wineserver -k 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "${xrdp_pid:-}" ] && kill -- "-$xrdp_pid" 2>/dev/null
  if [ "${RDPD_WINE_KEEP:-0}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
for n in $(seq 90 140); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  if kill -0 "$xvfb_pid" 2>/dev/null && [ -e "/tmp/.X11-unix/X$n" ]; then export DISPLAY=":$n"; break; fi
  xvfb_pid=""
done
[ -n "$xvfb_pid" ] || { say "could not start Xvfb"; exit 1; }
t0=$SECONDS
mkdir -p "$WINEPREFIX"
wineserver -p  # persistent: one wineserver for every program of this run (started before wineboot, which reuses it)
"$wine" wineboot -i >"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log"; say "wineboot failed"; exit 1; }
# A program that crashes under Wine starts winedbg, which by default shows a crash dialog on the (invisible) display
# and waits for a click: a crashed test suite then hangs until its time limit. Without the dialog winedbg writes the
# backtrace to the program's stderr (our log) and the program ends at once.
"$wine" reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f >/dev/null 2>&1 ||
  say "note: could not turn Wine's crash dialog off (a crash would wait for its time limit)"
prefix_s=$((SECONDS - t0))
say "Wine $("$wine" --version) prefix $WINEPREFIX ready in ${prefix_s}s, display $DISPLAY"
winpath() { printf 'Z:%s' "${1//\//\\}"; }
# The test executables find Qt's DLLs and plugins in the SDK and the MinGW runtime in the deploy folder (set only for
# them: the shipped program must run from its own folder, with nothing from the SDK).
test_winepath="$(winpath "$deploy");$(winpath /opt/qt6-mingw/bin)"
test_plugins="$(winpath /opt/qt6-mingw/plugins)"
# Qt's platform plugin is found through a qt.conf beside the test executables (this Qt build ignores QT_PLUGIN_PATH
# for it: without the file gui_tests.exe stops at "no Qt platform plugin could be initialized", in a message box).
# Qt's own Chinese texts (the wizard's Back/Next/Cancel) come from the deploy folder's translations.
qt_tr=$(winpath "$deploy/translations")
printf '[Paths]\nPlugins = %s\nTranslations = %s\n' "${test_plugins//\\//}" "${qt_tr//\\//}" >"$tbin/qt.conf"
unset WINEPATH QT_PLUGIN_PATH QT_QPA_PLATFORM QT_STYLE_OVERRIDE
export LANG=C.UTF-8

failures=()
passes=0
ok() { passes=$((passes + 1)); say "PASS $*"; }
bad() { failures+=("$*"); say "FAIL $*"; }
# Runs a Windows program with a time limit; the exit code of the program (124 on timeout).
wrun() { local t=$1; shift; timeout -k 5 "$t" "$wine" "$@"; }
crlf() { tr -d '\r'; }

# --- 3. The gtest suites ---
unit_s=0; gui_s=0
run_shard() {  # NAME EXE TIMEOUT_S SHARD
  ( cd "$work" && export GTEST_TOTAL_SHARDS=$shards GTEST_SHARD_INDEX=$4 WINEPATH="$test_winepath" \
      QT_PLUGIN_PATH="$test_plugins" QT_QPA_PLATFORM=windows QT_LOGGING_RULES='qt.qpa.*=false' &&
      wrun "$3" "$2" --gtest_output="xml:$(winpath "$work/$1-$4.xml")" >"$work/$1-$4.log" 2>&1 )
}
run_suite() {  # NAME EXE TIMEOUT_S: shards in parallel, XML reports, a list of skips with their reasons
  local name=$1 exe=$2 limit=$3 i pids=() rc=0
  for i in $(seq 0 $((shards - 1))); do
    run_shard "$name" "$exe" "$limit" "$i" &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    # A shard passes when it exited 0, wrote its XML report and did not crash: under Wine a crashed program can
    # still end with exit code 0 (seen: a crash in the middle of gui_tests, no report, exit 0).
    if wait "${pids[$i]}" && [ -s "$work/$name-$i.xml" ] && ! grep -q '^wine: Unhandled' "$work/$name-$i.log"; then
      continue
    fi
    say "$name shard $i failed:"
    { grep -E '^\[  FAILED|Failure|error|^wine: Unhandled|^Backtrace|^=>' "$work/$name-$i.log" | head -40 || true; }
    tail -5 "$work/$name-$i.log"
    # A crash is a failure like any other (its backtrace is above). The one traced here was a product bug (a QFuture
    # continuation run twice in Qt 6.4, checks/core/runner.cpp); an earlier one, inside Wine's ntdll, most likely too.
    grep -q '^wine: Unhandled' "$work/$name-$i.log" && say "$name shard $i CRASHED (backtrace above)"
    rc=1
  done
  "$py" "$here/gtest_summary.py" "$name" "$work/$name"-*.xml | tee -a "$work/summary.txt"
  return $rc
}
if want unit; then
  t0=$SECONDS
  if run_suite checks_tests "$tbin/checks_tests.exe" 900; then ok "checks_tests.exe under Wine"; else bad "checks_tests.exe under Wine"; fi
  unit_s=$((SECONDS - t0))
fi
if want gui; then
  t0=$SECONDS
  if run_suite gui_tests "$tbin/gui_tests.exe" 900; then ok "gui_tests.exe under Wine (windows platform, Xvfb)"; else bad "gui_tests.exe under Wine"; fi
  gui_s=$((SECONDS - t0))
fi

# --- 4. The real program: rdp-doctor.com (the console front a cmd.exe user types) and rdp-doctor.exe ---
exe_s=0; t0=$SECONDS
com="$deploy/rdp-doctor.com"
# Gate: one diagnosis must end with its exit code. If the program prints its report but never exits (seen under Wine
# 8.0 with the first Windows builds), every later check would only wait for its time limit: fail once, loudly, and
# skip the checks that run a diagnosis.
diag_exits=1
if want cli || want lab || want xrdp || want zip; then
  rc=0; wrun 60 "$com" diagnose --lab healthy --format json >"$work/gate.json" 2>"$work/gate.err" || rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    diag_exits=0
    bad "rdp-doctor.com diagnose does not exit under Wine (killed after 60 s; report written: $(wc -c <"$work/gate.json") bytes) - diagnosis checks SKIPPED"
  elif [ "$(tr -d '\r' <"$work/gate.json" | jq -r '.verdict.cause_id' 2>/dev/null)" = healthy ] && [ "$rc" = 0 ]; then
    ok "diagnose --lab healthy ends with exit 0"
  else bad "diagnose --lab healthy: exit $rc, $(head -c 200 "$work/gate.err")"; fi
fi
if want cli; then
  # explain: same text as Linux.
  "$linux_bin" explain 0x204 >"$work/explain.linux" 2>&1 || true
  rc=0; wrun 60 "$com" explain 0x204 2>&1 | crlf >"$work/explain.wine" || rc=$?
  if [ "$rc" = 0 ] && grep -q 0x204 "$work/explain.wine" && cmp -s "$work/explain.linux" "$work/explain.wine"; then ok "explain 0x204 (same text as Linux)"
  else bad "explain 0x204 (exit $rc)"; diff "$work/explain.linux" "$work/explain.wine" | head -20 || true; fi
  # --version
  if wrun 60 "$com" --version 2>&1 | crlf | grep -qF "$version"; then ok "--version says $version"; else bad "--version"; fi
  # Bad input, in both languages: exit 2 and the same message as Linux. A target that cannot work is reported by
  # target.validate (in the report), a usage error on stderr.
  bad_targets=(); [ "$diag_exits" = 1 ] && bad_targets=("127.0.0.1:113322" "bad..host!name" "[::1" "--lang zh_CN 127.0.0.1:113322" "--lang zh_CN 半角.例子:3389x")
  for args in "${bad_targets[@]}"; do
    # shellcheck disable=SC2086
    set -- $args; target=${!#}; opts=("${@:1:$#-1}")
    proj='[.verdict.cause_id, (.checks[] | select(.id=="target.validate") | .summary)]'
    lrc=0; "$linux_bin" "${opts[@]}" diagnose "$target" --format json 2>/dev/null | jq -c "$proj" >"$work/bad.linux" || lrc=${PIPESTATUS[0]}
    wrc=0; wrun 60 "$com" "${opts[@]}" diagnose "$target" --format json 2>/dev/null | crlf | jq -c "$proj" >"$work/bad.wine" || wrc=${PIPESTATUS[0]}
    if [ "$wrc" = 2 ] && [ "$lrc" = 2 ] && grep -q bad_target "$work/bad.wine" && cmp -s "$work/bad.linux" "$work/bad.wine"; then
      ok "bad target '$args': exit 2, $(cut -c1-110 "$work/bad.wine")"
    else
      bad "bad target '$args': exit $wrc (Linux $lrc)"; diff "$work/bad.linux" "$work/bad.wine" | head -6 || true
    fi
  done
  bad_usage=("diagnose 127.0.0.1:1 --no-such-option" "--lang zh_CN explain 0x204 --bogus" "diagnose 127.0.0.1 --timeout-ms 5"
             "--lang zh_CN diagnose 127.0.0.1 --try-ports 5588,99999")
  for args in "${bad_usage[@]}"; do
    # shellcheck disable=SC2086
    { "$linux_bin" $args >/dev/null 2>"$work/bad.linux"; echo $? >"$work/bad.linux.rc"; } || true
    # shellcheck disable=SC2086
    { wrun 60 "$com" $args 2>&1 >/dev/null | crlf >"$work/bad.wine"; echo "${PIPESTATUS[0]}" >"$work/bad.wine.rc"; } || true
    lrc=$(cat "$work/bad.linux.rc"); wrc=$(cat "$work/bad.wine.rc")
    if [ "$wrc" = 2 ] && [ "$lrc" = 2 ] && [ -s "$work/bad.wine" ] && cmp -s "$work/bad.linux" "$work/bad.wine"; then
      ok "bad usage '$args': exit 2, $(head -c 110 "$work/bad.wine" | tr '\n' ' ')"
    else
      bad "bad usage '$args': exit $wrc (Linux $lrc)"; diff "$work/bad.linux" "$work/bad.wine" | head -6 || true
    fi
  done
fi

if want lab && [ "$diag_exits" = 1 ]; then
  # Every lab scenario: the same cause as the Linux build. Two at a time (each starts its own loopback lab server).
  mkdir -p "$work/lab"
  mapfile -t scenarios < <(for f in "$root"/resources/lab/*.json; do basename "$f" .json; done)
  # Only these jobs are waited for: Xvfb is a background job of this script too, and a bare `wait` never returns.
  lab_pids=()
  for s in "${scenarios[@]}"; do
    if [ "${#lab_pids[@]}" -ge 4 ]; then wait "${lab_pids[@]}" || true; lab_pids=(); fi
    ( "$linux_bin" diagnose --lab "$s" --format json >"$work/lab/$s.linux.json" 2>"$work/lab/$s.linux.err" || true ) &
    lab_pids+=($!)
    ( wrun 180 "$com" diagnose --lab "$s" --format json 2>"$work/lab/$s.wine.err" | crlf >"$work/lab/$s.wine.json" || true ) &
    lab_pids+=($!)
  done
  [ "${#lab_pids[@]}" -eq 0 ] || wait "${lab_pids[@]}" || true
  lab_bad=0
  for s in "${scenarios[@]}"; do
    l=$(jq -r '.verdict.cause_id // "none"' "$work/lab/$s.linux.json" 2>/dev/null || echo "no-json")
    w=$(jq -r '.verdict.cause_id // "none"' "$work/lab/$s.wine.json" 2>/dev/null || echo "no-json")
    if [ "$l" = "$w" ] && [ "$l" != no-json ] && [ "$l" != none ]; then echo "  lab $s: $w"
    else echo "  lab $s: Wine '$w' but Linux '$l'"; head -c 400 "$work/lab/$s.wine.err"; lab_bad=1; fi
  done
  if [ "$lab_bad" = 0 ]; then ok "all ${#scenarios[@]} lab scenarios: same cause as Linux"; else bad "lab scenarios differ from Linux"; fi
fi

if want xrdp && [ "$diag_exits" = 1 ]; then
  # A real xrdp on 127.0.0.1 (as tests/support/xrdp_server.cpp starts it): same protocols and certificate as Linux.
  why=""
  [ -x /usr/sbin/xrdp ] && [ -r /etc/xrdp/xrdp.ini ] || why="xrdp is not installed"
  command -v openssl >/dev/null || why="the openssl command is not installed"
  [ "$(id -u)" = 0 ] || why="xrdp needs root to read its RSA keys"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  rc=0
  if [ -n "$why" ]; then rc=77; else "$root/bench/xrdp-loopback.sh" start "$port" "$work/xrdp" >"$work/xrdp.why" 2>&1 || rc=$?; fi
  if [ "$rc" = 0 ]; then
    xrdp_pid=$(cat "$work/xrdp/xrdp.pid")
    "$linux_bin" diagnose "127.0.0.1:$port" --format json >"$work/xrdp.linux.json" 2>/dev/null || true
    wrun 120 "$com" diagnose "127.0.0.1:$port" --format json 2>"$work/xrdp.wine.err" | crlf >"$work/xrdp.wine.json" || true
    proj='{cause: .verdict.cause_id,
           accepted: ([.checks[] | select(.id=="rdp.negotiation") | .evidence.accepted_protocols][0]),
           selected: ([.checks[] | select(.id=="rdp.negotiation") | .evidence.selected_protocol][0]),
           tls: ([.checks[] | select(.id=="rdp.tls") | .evidence | {version, versions_accepted, certificate_pem}][0]),
           cert: ([.checks[] | select(.id=="rdp.certificate") | .evidence | del(.chain_error, .chain_verified)][0])}'
    jq -S "$proj" "$work/xrdp.linux.json" >"$work/xrdp.linux.proj" 2>/dev/null || echo '"no json"' >"$work/xrdp.linux.proj"
    jq -S "$proj" "$work/xrdp.wine.json" >"$work/xrdp.wine.proj" 2>/dev/null || echo '"no json (wine)"' >"$work/xrdp.wine.proj"
    pem_ok=0; grep -q "BEGIN CERTIFICATE" "$work/xrdp.wine.proj" && pem_ok=1
    if [ "$pem_ok" = 1 ] && cmp -s "$work/xrdp.linux.proj" "$work/xrdp.wine.proj"; then
      ok "xrdp on 127.0.0.1:$port: same verdict, protocols ($(jq -c .accepted "$work/xrdp.wine.proj")), TLS and certificate as Linux"
    else
      bad "xrdp: Wine and Linux differ"; diff "$work/xrdp.linux.proj" "$work/xrdp.wine.proj" | head -30 || true; head -c 400 "$work/xrdp.wine.err"
    fi
    "$root/bench/xrdp-loopback.sh" stop "$work/xrdp"; xrdp_pid=""
  elif [ "$rc" = 77 ]; then
    say "SKIPPED xrdp comparison: $why"
  else bad "could not start xrdp: $(cat "$work/xrdp.why")"; fi
fi

if want screenshots; then
  # 13 pages in each language, the Windows style, and real glyphs (Chinese too): see glyph_check.py.
  shots_ok=1
  for lang in en zh_CN; do
    wrun 180 "$deploy/rdp-doctor.exe" --lang "$lang" --screenshot "$(winpath "$work/shots-$lang")" >"$work/shots-$lang.log" 2>&1 || true
    n=$(find "$work/shots-$lang" -name '*.png' 2>/dev/null | wc -l)
    [ "$n" = 13 ] || { shots_ok=0; say "$lang: $n screenshots, expected 13"; cat "$work/shots-$lang.log"; }
  done
  # Style: the default rendering is the Windows (Vista) style, i.e. differs from Fusion and the plain Windows style.
  for style in fusion windows windowsvista; do
    QT_STYLE_OVERRIDE=$style wrun 180 "$deploy/rdp-doctor.exe" --lang en --screenshot "$(winpath "$work/style-$style")" >/dev/null 2>&1 || true
  done
  # Informative only: the program sets its style itself (windowsvista, or Fusion in dark mode), so under Wine the
  # override renderings come out identical and this comparison cannot tell the styles apart (docs/windows.md).
  "$py" "$here/glyph_check.py" --style "$work/shots-en/00-start.png" "$work/style-windowsvista/00-start.png" \
    "$work/style-fusion/00-start.png" "$work/style-windows/00-start.png" || true
  if "$py" "$here/glyph_check.py" --glyphs "$work/shots-en" "$work/shots-zh_CN" && [ "$shots_ok" = 1 ]; then
    ok "screenshots: 13 pages x en, zh_CN, real glyphs (Chinese too)"
  else bad "screenshots (kept in $work when RDPD_WINE_KEEP=1)"; fi
  # Dark mode: Windows set to dark apps (the registry value the Settings app writes) gives the dark palette and the
  # Fusion style (wizard/platform_setup.cpp); the pages are compared with the light ones rendered above.
  personalize='HKCU\Software\Microsoft\Windows\CurrentVersion\Themes\Personalize'
  if wrun 60 reg add "$personalize" /v AppsUseLightTheme /t REG_DWORD /d 0 /f >/dev/null 2>&1; then
    wrun 180 "$deploy/rdp-doctor.exe" --lang zh_CN --screenshot "$(winpath "$work/dark-zh_CN")" >"$work/dark.log" 2>&1 || true
    wrun 60 reg delete "$personalize" /v AppsUseLightTheme /f >/dev/null 2>&1 || true
    if "$py" "$here/glyph_check.py" --dark "$work/shots-zh_CN" "$work/dark-zh_CN"; then
      ok "dark mode: AppsUseLightTheme=0 gives 13 dark pages with readable text (zh_CN)"
    else bad "dark mode (pages kept in $work when RDPD_WINE_KEEP=1)"; cat "$work/dark.log"; fi
  else bad "dark mode: could not set AppsUseLightTheme in the Wine registry"; fi
  if [ -n "${RDPD_WIN_SHOTS_OUT:-}" ]; then mkdir -p "$RDPD_WIN_SHOTS_OUT"; cp -r "$work"/shots-* "$work"/dark-* "$RDPD_WIN_SHOTS_OUT/" 2>/dev/null || true; fi
fi
exe_s=$((SECONDS - t0))

# --- 5. Installer and portable zip ---
pkg_s=0; t0=$SECONDS
snapshot() {  # every file of the prefix's C: drive and the host user's menus, minus Wine's own temp and logs
  { find "$WINEPREFIX/drive_c" -path '*/Temp' -prune -o -path '*/temp' -prune -o -type f -print
    find "$HOME/.local/share/applications" "$HOME/.config/menus" -type f 2>/dev/null || true; } | sort
}
uninst_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\RDPDoctor'
if want installer; then
  setup="$dist/rdp-doctor-$version-setup.exe"
  snapshot >"$work/before.txt"
  if wrun 300 "$setup" /S; then
    inst="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/Programs/RDP Doctor"
    [ -d "$inst" ] || inst=$(find "$WINEPREFIX/drive_c/users" -type d -name 'RDP Doctor' -path '*Programs*' | head -n1)
    if [ -n "$inst" ] && wrun 60 "$inst/rdp-doctor.com" --version 2>&1 | crlf | grep -qF "$version" &&
       "$wine" reg query "$uninst_key" /v DisplayVersion >/dev/null 2>&1; then
      ok "installer /S: installed in ${inst#"$WINEPREFIX/"}, --version runs, uninstall key written"
    else bad "installer: installed program does not run (or no uninstall key)"; fi
    snapshot >"$work/installed.txt"
    lnk=$(comm -13 "$work/before.txt" "$work/installed.txt" | grep -c '\.lnk$' || true)
    [ "$lnk" -ge 1 ] && ok "installer: Start-menu shortcut created" || bad "installer: no Start-menu shortcut"
    # The NSIS uninstaller copies itself to %TEMP% and runs from there: wait until it has finished.
    wrun 120 "$inst/uninstall.exe" /S || true
    for _ in $(seq 120); do [ -d "$inst" ] || break; sleep 0.5; done
    sleep 1
    snapshot >"$work/after.txt"
    left=$(comm -13 "$work/before.txt" "$work/after.txt")
    if [ -z "$left" ] && [ ! -d "$inst" ] && ! "$wine" reg query "$uninst_key" >/dev/null 2>&1; then
      ok "uninstaller /S: no file, folder or uninstall key left"
    else bad "uninstaller left: ${left:-"(files: none)"} $([ -d "$inst" ] && echo "folder $inst") $("$wine" reg query "$uninst_key" >/dev/null 2>&1 && echo "key $uninst_key")"; fi
  else bad "installer /S failed"; fi
fi
if want zip; then
  zipf="$dist/rdp-doctor-$version-win64.zip"
  dest="$work/Program Files 测试 目录/远程 桌面"
  mkdir -p "$dest"
  unzip -q "$zipf" -d "$dest"
  zcom="$dest/rdp-doctor-$version/rdp-doctor.com"
  zv=$(wrun 60 "$zcom" --version 2>&1 | crlf || true)
  zc=skipped; [ "$diag_exits" = 1 ] && zc=$(wrun 120 "$zcom" diagnose --lab port-changed --format json 2>/dev/null | crlf | jq -r '.verdict.cause_id' 2>/dev/null || true)
  lc=$("$linux_bin" diagnose --lab port-changed --format json 2>/dev/null | jq -r '.verdict.cause_id' || true)
  if grep -qF "$version" <<<"$zv" && [ -n "$zc" ] && [ "$zc" = "$lc" ]; then
    ok "zip unpacked to '${dest#"$work/"}': --version and a lab diagnosis ($zc) run"
  else bad "zip in a path with spaces and Chinese: --version '$zv', lab '$zc' (Linux '$lc')"; fi
fi
pkg_s=$((SECONDS - t0))

total_s=$((SECONDS - start_s))
say "timings: build ${build_s}s, Wine prefix ${prefix_s}s, checks_tests ${unit_s}s, gui_tests ${gui_s}s, program ${exe_s}s, packages ${pkg_s}s, total ${total_s}s"
[ -f "$work/summary.txt" ] && cat "$work/summary.txt"
if [ "${#failures[@]}" -gt 0 ]; then
  say "${#failures[@]} FAILED (${passes} passed):"; printf '  - %s\n' "${failures[@]}"
  exit 1
fi
say "all ${passes} passed"
