#!/usr/bin/env bash
# Gateway benchmark: serves a fake OpenAI upstream from nginx (answers at once, JSON or SSE), starts
# Vectort (bundled PostgreSQL in a fresh data dir, ZGC) on loopback with two deployments on it,
# creates an API key, then measures with wrk (latency at ~1,000 req/s and maximum throughput,
# directly and through Vectort), GatewayBench (time to first token), and optionally a soak.
# Needs: nginx and wrk (apt-get install nginx-light wrk). Everything stops at the end.
# Usage: bench/run-gateway.sh [seconds=20] [soak-seconds=0]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
soak="${2:-0}"
source bench/lib.sh
trap bench_cleanup EXIT
bench_require nginx wrk
bench_jar
data=$(mktemp -d)
BENCH_CLEANUP+=("rm -rf '$data'")
bench_start_upstream "$data"
upstream="$UPSTREAM"
# Enterprise: no request quota to run out of; credits are still held and settled for every call.
bench_start_vectort "$data" --vectort.billing.default-plan=enterprise
port="$PORT"
pid="$PID"
key=$(bench_api_key bench@example.com)
export KEY="$key"
vectort="http://127.0.0.1:$port/v1/chat/completions"
direct="$upstream/json/v1/chat/completions"
echo "warm-up (60 s) ..."
PACE_MS=0 wrk -t1 -c16 -d60s -s bench/wrk-chat.lua "$vectort" > /dev/null
echo "1. latency at ~1,000 req/s (8 connections, 7 ms pause each), ${seconds} s:"
echo -n "   direct:  "; PACE_MS=7 wrk -t1 -c8 -d"${seconds}s" --latency -s bench/wrk-chat.lua "$direct" | bench_summary
echo -n "   Vectort: "; PACE_MS=7 wrk -t1 -c8 -d"${seconds}s" --latency -s bench/wrk-chat.lua "$vectort" | bench_summary
echo "2. maximum throughput (16 and 64 connections), ${seconds} s:"
for c in 16 64; do
  echo -n "   direct  c$c: "; PACE_MS=0 wrk -t1 -c"$c" -d"${seconds}s" --latency -s bench/wrk-chat.lua "$direct" | bench_summary
  echo -n "   Vectort c$c: "; PACE_MS=0 wrk -t1 -c"$c" -d"${seconds}s" --latency -s bench/wrk-chat.lua "$vectort" | bench_summary
done
echo "3. time to first token of streams:"
"$JAVA_HOME/bin/java" bench/GatewayBench.java "http://127.0.0.1:$port" "$upstream" "$key" 500
# Live data after the last GC (not "used", which under ZGC is a sawtooth of garbage) and the RSS.
memory() {
  local live rss
  live=$(curl -fs "http://127.0.0.1:$port/api/metrics" | awk '/^jvm_gc_live_data_size_bytes/ {s += $NF} END {printf "%.0f", s / 1048576}')
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  echo "live ${live} MiB, RSS ${rss} MiB"
}
if [ "$soak" -gt 0 ]; then
  echo "4. soak at ~500 req/s for ${soak} s, memory sampled every 60 s:"
  echo "   start: $(memory)"
  for ((t = 60; t <= soak; t += 60)); do
    echo -n "   t=${t}s "; PACE_MS=15 wrk -t1 -c8 -d60s --latency -s bench/wrk-chat.lua "$vectort" | bench_summary
    echo "          $(memory)"
  done
fi
echo "LLM calls accounted by Vectort: $(curl -fs "http://127.0.0.1:$port/api/metrics" | awk '/^vectort_llm_requests_total/ {s += $NF} END {print s}')"
