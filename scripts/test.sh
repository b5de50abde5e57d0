#!/usr/bin/env bash
# Installs what is missing (build + test packages, xrdp among them), builds with tests, runs every test.
# Exits non-zero on any failure. With CI=true, warnings are errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bootstrap.sh
source "$root/scripts/bootstrap.sh"
rdpd_install "${rdpd_packages_build[@]}" "${rdpd_packages_test[@]}"
"$root/scripts/build.sh" RelWithDebInfo "$root/build/test" -DRDPD_BUILD_TESTS=ON
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/rdpd-xdg.XXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
cd "$root/build/test"
ctest --output-on-failure -j "$(nproc)" "$@"
