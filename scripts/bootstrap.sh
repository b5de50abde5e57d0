#!/usr/bin/env bash
# Installs the Debian packages RDP Doctor needs to build, run and test, when they are missing.
# Sourced by run.sh and test.sh. Set RDPD_SKIP_INSTALL=1 to skip (e.g. on a machine you manage yourself).
set -euo pipefail

rdpd_packages_build=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev qt6-translations-l10n libgl-dev libxkbcommon-dev
  libspdlog-dev libfmt-dev libssl-dev openssl
  fonts-wqy-microhei fonts-dejavu-core
)
# (gnome-keyring, dbus-daemon and dbus-send (dbus-bin): a real Secret Service for the keychain test, tests/tools/with-secret-service.sh.)
rdpd_packages_test=(
  libgtest-dev libgmock-dev xrdp iproute2 nftables clang libclang-rt-14-dev chromium poppler-utils python3
  g++-mingw-w64-x86-64-posix clang-format gnome-keyring dbus-daemon dbus-bin
)
# The Windows build (scripts/windows/build.sh): cross compiler, binutils (objdump, strip, windres), makensis,
# Qt's own zh_CN texts for the deploy folder, xz for unpacking the Windows SDK, zip for the portable zip.
rdpd_packages_windows=(
  g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 nsis qt6-translations-l10n xz-utils zip
)
# Testing that build under Wine (scripts/windows/test.sh): Wine, a virtual X display for the `windows` platform,
# PIL for the screenshot checks, jq/unzip for the program and zip checks, xrdp + openssl for the live comparison.
rdpd_packages_windows_test=(
  wine wine64 xvfb xauth python3-pil jq unzip xrdp openssl
)

# The Debian package (scripts/package.sh): dpkg-shlibdeps (dpkg-dev) and file for CPack, lintian and appstreamcli
# to check it; its test in a fresh Debian 12 root (scripts/test-deb.sh) needs debootstrap.
rdpd_packages_package=(
  dpkg-dev file lintian appstream desktop-file-utils
)
rdpd_packages_package_test=(
  debootstrap
)

rdpd_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

rdpd_install() {
  [ "${RDPD_SKIP_INSTALL:-0}" = "1" ] && return 0
  local missing
  missing=$(rdpd_missing "$@")
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: $missing" >&2; return 1; }
    sudo="sudo"
  fi
  echo "Installing: $missing"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing
}
