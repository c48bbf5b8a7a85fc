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
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
for tool in nginx wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install nginx-light wrk"; exit 1; }
done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
[ -f target/vectort-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
upstream_port=$(free_port)
port=$(free_port)
data=$(mktemp -d)
bench/upstream-nginx.sh "$upstream_port" "$data/nginx"
nginx -c "$data/nginx/nginx.conf" -p "$data/nginx"
upstream="http://127.0.0.1:$upstream_port"
deployments=(
  --vectort.llm.deployments[0].name=bench-json --vectort.llm.deployments[0].provider=openai
  --vectort.llm.deployments[0].model=gpt-4.1-mini --vectort.llm.deployments[0].base-url="$upstream/json/v1"
  --vectort.llm.deployments[0].api-key=sk-bench
  --vectort.llm.deployments[1].name=bench-stream --vectort.llm.deployments[1].provider=openai
  --vectort.llm.deployments[1].model=gpt-4.1-mini --vectort.llm.deployments[1].base-url="$upstream/stream/v1"
  --vectort.llm.deployments[1].api-key=sk-bench
)
"$JAVA_HOME/bin/java" ${VECTORT_BENCH_JVM_OPTS:--XX:+UseZGC} -jar target/vectort-*.jar \
  --server.port="$port" --server.address=127.0.0.1 --vectort.database.data-dir="$data" \
  --logging.level.root=WARN "${deployments[@]}" > "$data/vectort.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; nginx -c "$data/nginx/nginx.conf" -p "$data/nginx" -s stop; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  sleep 0.5
done
api="http://127.0.0.1:$port/api/v1"
curl -fs -X POST "$api/auth/register" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"benchmark-password"}' >/dev/null
token=$(curl -fs -X POST "$api/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"benchmark-password"}' | sed 's/^{"accessToken":"\([^"]*\)".*/\1/')
key=$(curl -fs -X POST "$api/keys" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' | sed 's/.*"key":"\([^"]*\)".*/\1/')
export KEY="$key"
vectort="http://127.0.0.1:$port/v1/chat/completions"
direct="$upstream/json/v1/chat/completions"
summary() { grep -E "Requests/sec|Non-2xx|Socket errors| 50%| 90%| 99%" | tr -s ' ' | tr '\n' ' '; echo; }
echo "warm-up (60 s) ..."
PACE_MS=0 wrk -t1 -c16 -d60s -s bench/wrk-chat.lua "$vectort" > /dev/null
echo "1. latency at ~1,000 req/s (8 connections, 7 ms pause each), ${seconds} s:"
echo -n "   direct:  "; PACE_MS=7 wrk -t1 -c8 -d"${seconds}s" --latency -s bench/wrk-chat.lua "$direct" | summary
echo -n "   Vectort: "; PACE_MS=7 wrk -t1 -c8 -d"${seconds}s" --latency -s bench/wrk-chat.lua "$vectort" | summary
echo "2. maximum throughput (16 and 64 connections), ${seconds} s:"
for c in 16 64; do
  echo -n "   direct  c$c: "; PACE_MS=0 wrk -t1 -c"$c" -d"${seconds}s" --latency -s bench/wrk-chat.lua "$direct" | summary
  echo -n "   Vectort c$c: "; PACE_MS=0 wrk -t1 -c"$c" -d"${seconds}s" --latency -s bench/wrk-chat.lua "$vectort" | summary
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
    echo -n "   t=${t}s "; PACE_MS=15 wrk -t1 -c8 -d60s --latency -s bench/wrk-chat.lua "$vectort" | summary
    echo "          $(memory)"
  done
fi
echo "LLM calls accounted by Vectort: $(curl -fs "http://127.0.0.1:$port/api/metrics" | awk '/^vectort_llm_requests_total/ {s += $NF} END {print s}')"
