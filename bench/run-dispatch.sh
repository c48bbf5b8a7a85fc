#!/usr/bin/env bash
# Builds Vectort, starts it on a free loopback port with the bundled PostgreSQL in a fresh data
# directory and the starter unpaced, runs DispatchBench against it, and stops it.
# Usage: bench/run-dispatch.sh [generations=300] [warm-up=100]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-300}"
warmup="${2:-100}"

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -DskipTests package
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
"$JAVA_HOME/bin/java" ${VECTORT_BENCH_JVM_OPTS:--XX:+UseZGC} --add-modules jdk.incubator.vector -jar target/vectort-*.jar --server.port="$port" --server.address=127.0.0.1 \
  --vectort.database.data-dir="$data" --vectort.generation.starter.chunk-delay=0ms \
  --vectort.billing.default-plan=enterprise \
  --logging.level.root=WARN > "$data/vectort.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  sleep 0.5
done
"$JAVA_HOME/bin/java" bench/DispatchBench.java "http://127.0.0.1:$port" "$count" "$warmup"

