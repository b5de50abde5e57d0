#!/usr/bin/env bash
# Installs what is missing, builds (Release, incremental, ccache when present) and starts rdp-doctor with ARGS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/bootstrap.sh
source "$root/scripts/bootstrap.sh"
rdpd_install "${rdpd_packages_build[@]}"
"$root/scripts/build.sh" Release "$root/build/release" -DRDPD_BUILD_TESTS=OFF
bin="$root/build/release/app/rdp-doctor"

# Headless commands need no display.
needs_display=1
for a in "$@"; do
  case "$a" in diagnose|explain|--help|-h|--version|--screenshot|--screenshot=*) needs_display=0 ;; esac
done
if [ "$needs_display" = 1 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<MSG
There is no display here, so the wizard window cannot open. Run it headless instead:
  scripts/run.sh diagnose HOST[:PORT]                  # all automatic checks, plain-text report
  scripts/run.sh diagnose HOST[:PORT] --format json    # the same as JSON
  scripts/run.sh --screenshot DIR --lang zh_CN         # render every wizard page to PNG files
Or start it under a virtual display: xvfb-run -a scripts/run.sh
MSG
  exit 2
fi
exec "$bin" "$@"
