#!/usr/bin/env bash
# Starts one Vectort node (bundled PostgreSQL in a fresh data directory, default database pool,
# heap capped at 1 GiB, jobs concurrency raised to the burst size) whose offline starter is paced to
# stream each generation for 10-15 s, like a model, then runs ConcurrencyBench against it.
# Usage: bench/run-concurrency.sh [generations=1000] [warm-up seconds=45] [followed fraction=0.1]
# Extra server flags: VECTORT_BENCH_ARGS; JVM flags: VECTORT_BENCH_JVM_OPTS (default -Xmx1g -XX:+UseZGC).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
warmup="${2:-45}"
followed="${3:-0.1}"

source bench/lib.sh
trap bench_cleanup EXIT
bench_jar
port=$(bench_free_port)
data=$(mktemp -d)
BENCH_CLEANUP+=("rm -rf '$data'")
# The starter's HTML to-do streams ~190 chunks of 64 characters: 65 ms apart is ~12.5 s per generation.
"$JAVA_HOME/bin/java" ${VECTORT_BENCH_JVM_OPTS:--Xmx1g -XX:+UseZGC} --add-modules jdk.incubator.vector -jar target/vectort-*.jar \
  --server.port="$port" --server.address=127.0.0.1 \
  --vectort.database.data-dir="$data" \
  --vectort.generation.starter.chunk-size=64 --vectort.generation.starter.chunk-delay=65ms \
  --vectort.jobs.concurrency="$count" \
  --vectort.billing.default-plan=enterprise \
  --vectort.identity.registrations-per-hour=1000 \
  --logging.level.root=WARN ${VECTORT_BENCH_ARGS:-} > "$data/vectort.log" 2>&1 &
pid=$!
BENCH_CLEANUP+=("kill $pid 2>/dev/null; wait $pid 2>/dev/null")
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  sleep 0.5
done
"$JAVA_HOME/bin/java" -Xmx2g bench/ConcurrencyBench.java "http://127.0.0.1:$port" "$count" "$warmup" "$followed" "$pid"
echo "server log: errors and warnings"
grep -c '"log.level":"ERROR"' "$data/vectort.log" || true
grep '"log.level":"\(ERROR\|WARN\)"' "$data/vectort.log" | head -5 || true
