#!/bin/bash
# Container health probe without curl or wget: one HTTP/1.0 GET over bash's /dev/tcp.
# Usage: healthcheck.sh [path]   (default /livez). Exit 0 only on HTTP 200.
set -euo pipefail
path="${1:-/livez}"
port="${PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
read -r -t 4 _ status _ <&3
[ "$status" = "200" ]
