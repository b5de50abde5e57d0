#!/usr/bin/env bash
# test-deb.sh: installs dist/rdp-doctor_*.deb (made by scripts/package.sh unless RDPD_DEB_REUSE=1 and one is there)
# into a fresh Debian 12 root with apt-get, and runs it there: --version, diagnose --lab healthy, --screenshot in
# English and Chinese. Root only. Exit 77 (skipped) when not root or without debootstrap. docs/packaging.md.
# The root is made once by debootstrap and kept as a pristine tarball in build/debian12-root.tar; every run
# unpacks it fresh, so nothing from an earlier run leaks in.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "Debian package test skipped: not root"; exit 77; }
command -v debootstrap >/dev/null || { echo "Debian package test skipped: no debootstrap"; exit 77; }

start=$SECONDS
if [ -n "${RDPD_DEB:-}" ]; then
  deb=$RDPD_DEB  # a package made elsewhere (scripts/test.sh: packed from the test build)
else
  if [ "${RDPD_DEB_REUSE:-0}" != 1 ] || ! compgen -G "$root/dist/rdp-doctor_*.deb" >/dev/null; then
    "$root/scripts/package.sh"
  fi
  deb=$(ls "$root"/dist/rdp-doctor_*.deb | head -1)
fi
[ -f "$deb" ] || { echo "test-deb: no package at $deb" >&2; exit 1; }
echo "package ready after $((SECONDS - start)) s: $(basename "$deb")"

# The pristine root is kept outside the checkout too, so a fresh clone on the same machine does not run debootstrap
# again (RDPD_DEB_ROOT_CACHE overrides where).
cache=${RDPD_DEB_ROOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rdp-doctor/debian12-root.tar}
mkdir -p "$(dirname "$cache")"
[ -f "$cache" ] || [ ! -f "$root/build/debian12-root.tar" ] || cp "$root/build/debian12-root.tar" "$cache"
if [ ! -f "$cache" ]; then
  boot=$(mktemp -d /tmp/rdpd-debootstrap.XXXX)
  echo "making a Debian 12 root with debootstrap (first run only) ..."
  if ! debootstrap --variant=minbase bookworm "$boot" >"$root/build/debootstrap.log" 2>&1; then
    tail -20 "$root/build/debootstrap.log" >&2; rm -rf "$boot"
    echo "debootstrap failed (log: build/debootstrap.log)" >&2; exit 1
  fi
  tar -C "$boot" -cf "$cache.tmp" . && mv "$cache.tmp" "$cache"
  rm -rf "$boot"
  echo "Debian 12 root cached in $cache after $((SECONDS - start)) s"
fi

chroot_dir=$(mktemp -d /tmp/rdpd-deb-root.XXXX)
chmod 755 "$chroot_dir"  # apt downloads as the _apt user, who must reach the root
cleanup() {
  for m in dev/pts dev proc sys; do mountpoint -q "$chroot_dir/$m" && umount -l "$chroot_dir/$m"; done
  rm -rf --one-file-system "$chroot_dir"
}
trap cleanup EXIT
tar -C "$chroot_dir" -xf "$cache"
mount -t proc proc "$chroot_dir/proc"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/pts "$chroot_dir/dev/pts"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cp "$deb" "$chroot_dir/tmp/"
in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "installing $(basename "$deb") with apt-get ..."
in_root apt-get update -qq
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./tmp/rdp-doctor_*.deb' \
  >"$root/build/test-deb-apt.log" 2>&1 || { tail -30 "$root/build/test-deb-apt.log" >&2; exit 1; }
echo "installed after $((SECONDS - start)) s"
fail() { echo "test-deb: $*" >&2; exit 1; }

# --version: the program starts, with every library it needs present.
version=$(in_root rdp-doctor --version) || fail "--version failed"
grep -q '^rdp-doctor [0-9]' <<<"$version" || fail "--version printed: $version"
echo "ok: $version"

# diagnose --lab healthy: a real diagnosis against the lab server on 127.0.0.1 inside the root.
rc=0; out=$(in_root rdp-doctor diagnose --lab healthy --format json 2>"$root/build/test-deb-diagnose.log") || rc=$?
[ "$rc" = 0 ] || { echo "$out" >&2; fail "diagnose --lab healthy exited $rc (want 0)"; }
verdict=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["verdict"]["cause_id"], d["target"]["host"], len(d["checks"]))' <<<"$out") \
  || { echo "$out" >&2; fail "diagnose --lab healthy: no JSON report"; }
read -r cause host nchecks <<<"$verdict"
[ "$cause" = healthy ] && [ "$host" = 127.0.0.1 ] && [ "$nchecks" -ge 5 ] \
  || { echo "$out" >&2; fail "diagnose --lab healthy: verdict $cause on $host after $nchecks checks"; }
echo "ok: diagnose --lab healthy exits 0, verdict healthy on 127.0.0.1 after $nchecks checks"
text=$(in_root rdp-doctor diagnose --lab healthy --lang zh_CN 2>&1) || fail "diagnose --lab healthy --lang zh_CN failed"
grep -q '127.0.0.1' <<<"$text" && LC_ALL=C.UTF-8 grep -qP '[\x{4e00}-\x{9fff}]' <<<"$text" || { echo "$text" >&2; fail "no Chinese text report"; }
echo "ok: the Chinese text report is in Chinese"
# A lab fault exits 1: the exit code means something.
rc=0; in_root rdp-doctor diagnose --lab port-changed >/dev/null 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "diagnose --lab port-changed exited $rc (want 1)"
echo "ok: diagnose --lab port-changed exits 1"

# --screenshot in both languages, offscreen, with only the fonts the package pulled in.
for lang in en zh_CN; do
  in_root sh -c "mkdir -p /tmp/shots-$lang && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp rdp-doctor --screenshot /tmp/shots-$lang --lang $lang" \
    >"$root/build/test-deb-shots-$lang.log" 2>&1 || { cat "$root/build/test-deb-shots-$lang.log" >&2; fail "--screenshot --lang $lang failed"; }
  n=$(find "$chroot_dir/tmp/shots-$lang" -name '*.png' -size +2k | wc -l)
  [ "$n" -ge 5 ] || fail "--screenshot --lang $lang wrote $n PNG files"
  echo "ok: --screenshot --lang $lang wrote $n PNG files"
done
# Chinese needs a CJK font from the package's Recommends: fontconfig (fc-list, installed for this check only)
# must find one for zh-cn in the root.
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fontconfig' >/dev/null 2>&1
cjk=$(in_root fc-list :lang=zh-cn family) || fail "fc-list failed"
[ -n "$cjk" ] || fail "no Chinese font in the root: the wizard would draw boxes"
echo "ok: Chinese font: $(head -1 <<<"$cjk")"
rm -rf "$root/build/test-deb-shots"; mkdir -p "$root/build/test-deb-shots"
cp -r "$chroot_dir"/tmp/shots-* "$root/build/test-deb-shots/"
echo "Debian package test passed in $((SECONDS - start)) s (screenshots: build/test-deb-shots)"
