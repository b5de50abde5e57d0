#!/usr/bin/env bash
# Starts Debian's xrdp on 127.0.0.1:PORT with a throw-away config and certificate (never touches /etc/xrdp).
# Usage: bench/xrdp-loopback.sh start PORT DIR [security_layer]   |   bench/xrdp-loopback.sh stop DIR
set -euo pipefail
cmd=$1
if [ "$cmd" = stop ]; then
  d=$2
  [ -f "$d/xrdp.pid" ] && { kill -- -"$(cat "$d/xrdp.pid")" 2>/dev/null || kill "$(cat "$d/xrdp.pid")" 2>/dev/null || true; }
  rm -rf "$d"
  exit 0
fi
port=$2; d=$3; layer=${4:-negotiate}
mkdir -p "$d"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$d/key.pem" -out "$d/cert.pem" -days 365 \
  -subj /CN=xrdp-bench.local -addext "subjectAltName=DNS:xrdp-bench.local,IP:127.0.0.1" 2>/dev/null
sed -e "s|^port=3389$|port=tcp://127.0.0.1:$port|" \
    -e "s|^security_layer=.*|security_layer=$layer|" \
    -e "s|^certificate=.*|certificate=$d/cert.pem|" -e "s|^key_file=.*|key_file=$d/key.pem|" \
    -e "s|^LogFile=.*|LogFile=$d/xrdp.log|" -e "s|^EnableSyslog=.*|EnableSyslog=false|" \
    /etc/xrdp/xrdp.ini > "$d/xrdp.ini"
setsid xrdp --nodaemon --config "$d/xrdp.ini" > "$d/stdout" 2>&1 & echo $! > "$d/xrdp.pid"
for _ in $(seq 100); do ss -ltn | grep -q "127.0.0.1:$port " && exit 0; sleep 0.05; done
echo "xrdp did not start; see $d/stdout" >&2
exit 1
