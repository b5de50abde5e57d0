#!/usr/bin/env bash
# Whole `rdp-doctor diagnose` (process start to exit, every check) against xrdp on loopback, next to
# `nmap -Pn -p PORT --script +rdp-enum-encryption,+ssl-cert 127.0.0.1` on the same server in the same run,
# plus what each of them reports. Usage: bench/diagnose_vs_nmap.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
source "$root/scripts/bootstrap.sh"
rdpd_install "${rdpd_packages_build[@]}" xrdp nmap hyperfine
"$root/scripts/build.sh" Release "$root/build/bench-release" -DRDPD_BUILD_TESTS=ON >/dev/null
app="$root/build/bench-release/app/rdp-doctor"
port=$(( 20000 + RANDOM % 20000 ))
d=$(mktemp -d /tmp/rdpd-bench-xrdp.XXXX)
trap '"$root/bench/xrdp-loopback.sh" stop "$d"' EXIT

for layer in negotiate tls; do
  "$root/bench/xrdp-loopback.sh" start "$port" "$d" "$layer"
  echo "## xrdp security_layer=$layer on 127.0.0.1:$port"
  hyperfine -N -i --warmup 1 --runs "$runs" --export-markdown "$d/h.md" \
    -n rdp-doctor "$app diagnose 127.0.0.1:$port --format json" \
    -n nmap "nmap -Pn -p $port --script +rdp-enum-encryption,+ssl-cert 127.0.0.1" >/dev/null 2>&1 || true
  cat "$d/h.md"; echo
  echo "rdp-doctor says:"
  "$app" diagnose "127.0.0.1:$port" --format json | python3 -c '
import json,sys; r=json.load(sys.stdin); c={x["id"]:x for x in r["checks"]}
n=c.get("rdp.negotiation",{}).get("evidence",{}); t=c.get("rdp.tls",{}).get("evidence",{}); ce=c.get("rdp.certificate",{}).get("evidence",{})
print("  accepted_protocols:", n.get("accepted_protocols"), " nla_required:", n.get("nla_required"), " failure:", n.get("failure_name"))
print("  tls:", t.get("handshake"), t.get("version"), t.get("versions_accepted"), " cert subject:", ce.get("subject"))
print("  verdict:", r["verdict"]["cause_id"], "step", r["verdict"]["step"])' || true
  echo "nmap says:"
  nmap -Pn -p "$port" --script +rdp-enum-encryption,+ssl-cert 127.0.0.1 2>&1 | sed -n '/PORT/,/Nmap done/p' | sed 's/^/  /'
  echo
  "$root/bench/xrdp-loopback.sh" stop "$d"; mkdir -p "$d"
done
