#!/usr/bin/env bash
# Runs a command with a D-Bus session bus of its own, in a temporary home, and with gnome-keyring's Secret Service
# (an unlocked login keyring) on it — or, with --none, with no Secret Service at all (the bus activates nothing).
# The keychain tests (tests/checks/cloud/key_store_system_test.cpp) run through it so that they never touch the
# user's own keyring. Exit code: the command's; 77 (ctest: skipped) when dbus-daemon or gnome-keyring is missing.
set -euo pipefail
service=present
[ "${1:-}" = --none ] && { service=absent; shift; }
command -v dbus-daemon >/dev/null || { echo "with-secret-service: dbus-daemon is not installed"; exit 77; }
if [ "$service" = present ] && ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-secret-service: gnome-keyring-daemon is not installed"; exit 77
fi
tmp=$(mktemp -d /tmp/rdpd-keyring.XXXXXX)
bus_pid=""
cleanup() { [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache \
  XDG_RUNTIME_DIR=$tmp/run
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A session bus without service directories: nothing is started behind the test's back (the system's session
# configuration would activate gnome-keyring on the first call, which would spoil the --none run).
cat >"$tmp/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$tmp/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
dbus-daemon --config-file="$tmp/bus.conf" --fork --print-address=3 --print-pid=4 3>"$tmp/address" 4>"$tmp/pid"
bus_pid=$(cat "$tmp/pid")
DBUS_SESSION_BUS_ADDRESS=$(head -1 "$tmp/address")
export DBUS_SESSION_BUS_ADDRESS
if [ "$service" = present ]; then
  # --unlock reads the login keyring's password from stdin and creates that keyring in the temporary home. The
  # daemon leaves when the bus goes away.
  printf 'rdpd-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >"$tmp/keyring.env"
  # The daemon takes the Secret Service's name on the bus a moment after it forked: wait for it (at most 20 s, then
  # the test runs anyway and says what it found), or a test under load would find no keychain yet.
  for _ in $(seq 200); do
    dbus-send --session --dest=org.freedesktop.DBus --print-reply /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
  done
fi
export RDPD_TEST_SECRET_SERVICE=$service
unset DISPLAY WAYLAND_DISPLAY
rc=0; "$@" || rc=$?
exit "$rc"
