#!/usr/bin/env bash
# Windows compile check, run on Linux: every product source with a Windows branch (Q_OS_WIN / _WIN32) or that uses
# the socket layer (checks/net/socket_api.h) is compiled for x86_64 Windows with the MinGW-w64 cross compiler
# (syntax and types only, nothing is linked or run). There is no Qt for Windows here, so the Linux Qt 6 headers
# stand in for it: Qt's headers pick the platform from the compiler (Q_OS_WIN), not from the installed build.
# Usage: scripts/check-windows-build.sh [FILE.cpp...]   (default: the files found as described above)
# Exit: 0 clean, 1 compile errors (or a product file uses POSIX-only headers with no Windows branch),
#       77 the cross compiler is not installed (package g++-mingw-w64-x86-64-posix).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cxx="${RDPD_MINGW_CXX:-x86_64-w64-mingw32-g++-posix}"
qt="${RDPD_QT_INCLUDE:-/usr/include/x86_64-linux-gnu/qt6}"

if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "check-windows-build: $cxx not found (Debian package g++-mingw-w64-x86-64-posix); skipping" >&2
  exit 77
fi
if [ ! -f "$qt/QtCore/qglobal.h" ]; then
  echo "check-windows-build: Qt 6 headers not found under $qt; skipping" >&2
  exit 77
fi

cd "$root"
# POSIX-only headers that must sit behind a platform branch (or behind socket_api.h) in product code.
posix_re='#include <(sys/socket|sys/types|sys/stat|sys/time|sys/ioctl|poll|unistd|fcntl|netdb|netinet/[a-z_0-9]+|arpa/inet|linux/[a-z_0-9]+|signal)\.h>'
# Product files not ported yet: reported, not compiled, until their Windows branch exists.
known_unported=()

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(grep -rlE --include='*.cpp' 'Q_OS_WIN|_WIN32|"checks/net/socket_api\.h"' checks wizard app | sort)
  # A file with POSIX-only includes and no Windows branch at all would break the Windows build: say which.
  bad=()
  while IFS= read -r f; do
    grep -qE 'Q_OS_WIN|_WIN32|Q_OS_LINUX|"checks/net/socket_api\.h"' "$f" && continue
    case " ${known_unported[*]} " in *" $f "*) echo "check-windows-build: NOT PORTED yet (skipped): $f" >&2; continue ;; esac
    bad+=("$f")
  done < <(grep -rlE --include='*.cpp' --include='*.h' "$posix_re" checks wizard app | sort)
  if [ "${#bad[@]}" -gt 0 ]; then
    printf 'check-windows-build: POSIX-only headers without a Windows branch (use checks/net/socket_api.h): %s\n' "${bad[@]}" >&2
    exit 1
  fi
fi

# Third-party headers the product includes (spdlog, fmt) live in /usr/include next to glibc's; the whole of
# /usr/include must not be on the cross compiler's path (glibc headers would shadow MinGW's), so only those
# directories are linked into a private include dir.
tp="$(mktemp -d /tmp/rdpd-wincheck.XXXXXX)"  # logs of this run
trap 'rm -rf "$tp"' EXIT
cache="${RDPD_WINCHECK_CACHE:-$root/build/windows-check}"
mkdir -p "$cache" 2>/dev/null || cache="$tp"
inc="$cache/include"  # a fixed path, so the precompiled header below stays valid from run to run
mkdir -p "$inc"
for d in spdlog fmt; do if [ -d "/usr/include/$d" ]; then ln -sfn "/usr/include/$d" "$inc/$d"; fi; done
# OpenSSL's headers are split between /usr/include/openssl and the multiarch configuration.h/opensslconf.h; they
# are merged into one directory. That configuration is Linux x86_64's (e.g. the bignum word size), which is good
# enough for a syntax check of code that only calls OpenSSL's API.
if [ -d /usr/include/openssl ]; then
  mkdir -p "$inc/openssl"
  ln -sf /usr/include/openssl/* /usr/include/x86_64-linux-gnu/openssl/* "$inc/openssl/" 2>/dev/null || true
fi

flags=(
  -std=c++20
  # The project's warning set (cmake/CommonSettings.cmake); warnings are errors on CI, as in the real build.
  -Wall -Wextra -Wpedantic -Wno-missing-field-initializers
  # The project's Qt hygiene defines (cmake/CommonSettings.cmake).
  -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_URL_CAST_FROM_STRING -DQT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  -DQT_NO_CONTEXTLESS_CONNECT -DQT_USE_QSTRINGBUILDER -DQT_DISABLE_DEPRECATED_UP_TO=0x060000 '-DRDPD_VERSION="0"'
  # What Qt's CMake package adds on Windows: UNICODE (so Win32 "A/W" functions resolve to the wide ones, as in the
  # real build) and Windows 10 as the minimum (Qt 6 needs it; it also declares WSAPoll and the IP Helper API).
  -DUNICODE -D_UNICODE -D_WIN32_WINNT=0x0A00 -DWINVER=0x0A00
  # The Linux Qt headers go in as system headers, as CMake does for imported targets: warnings inside Qt's own
  # headers (e.g. "redeclared without dllimport" on friend functions, which only the Windows export macros
  # trigger) are Qt's business, not ours.
  -isystem "$qt" -isystem "$qt/QtCore" -isystem "$qt/QtGui" -isystem "$qt/QtNetwork" -isystem "$qt/QtConcurrent"
  -isystem "$qt/QtWidgets" -isystem "$inc"
  -I "$root"
)
[ "${CI:-}" = "true" ] && flags+=(-Werror)

# Parsing Qt's headers is most of the time: a precompiled header of the common ones (about 120 MB, built once in
# about 10 s of CPU, kept in build/ and rebuilt when the compiler, the flags or Qt change) makes each file ~3x faster.
# Without it (or if it cannot be built) every file parses everything itself: same result, slower.
pch_headers=(QtCore/QtGlobal QString QByteArray QList QHash QVariantMap QObject QDateTime QElapsedTimer
             QCoreApplication QJsonDocument QJsonObject QJsonArray QHostAddress QNetworkInterface
             atomic chrono memory mutex thread vector)
pch_flags=()
if [ "$cache" != "$tp" ]; then
  key=$( { "$cxx" --version; printf '%s\n' "${flags[@]}" "${pch_headers[@]}"; cat "$qt/QtCore/qconfig.h" "$qt/QtCore/qtcore-config.h"; } |
         sha256sum | cut -c1-16)
  pch="$cache/wincheck-$key.h"
  if [ ! -f "$pch.gch" ]; then
    rm -f "$cache"/wincheck-*
    printf '#include <%s>\n' "${pch_headers[@]}" >"$pch"
    echo "check-windows-build: precompiling Qt headers once (cached in $cache)"
    if "$cxx" "${flags[@]}" -x c++-header "$pch" -o "$pch.gch.$$" 2>"$tp/pch.log"; then
      mv "$pch.gch.$$" "$pch.gch"
    else
      rm -f "$pch.gch.$$"; echo "check-windows-build: no precompiled header (continuing without):" >&2; cat "$tp/pch.log" >&2
    fi
  fi
  [ -f "$pch.gch" ] && pch_flags=(-include "$pch" -Winvalid-pch)
fi

echo "check-windows-build: $cxx, ${#files[@]} files"
jobs_max=$(nproc 2>/dev/null || echo 2)
for f in "${files[@]}"; do
  log="$tp/${f//\//_}"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n || true; done
  ( rc=0; "$cxx" "${flags[@]}" -fsyntax-only "${pch_flags[@]}" "$f" >"$log.log" 2>&1 || rc=$?; echo "$rc" >"$log.rc" ) &
done
wait
failed=0
for f in "${files[@]}"; do
  log="$tp/${f//\//_}"
  if [ "$(cat "$log.rc")" != 0 ]; then
    echo "  FAIL $f"; failed=1
  elif [ -s "$log.log" ]; then
    echo "  warn $f"
  else
    echo "  ok   $f"
  fi
  cat "$log.log"
done
exit "$failed"
