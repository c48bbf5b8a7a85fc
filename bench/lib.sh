#!/usr/bin/env bash
# Shared steps of the gateway benchmarks; source it from a bench/run-*.sh script (set -euo pipefail).
# Everything it starts is registered in BENCH_CLEANUP and stopped by bench_cleanup (the scripts'
# EXIT trap).

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
BENCH_CLEANUP=()

bench_cleanup() {
  for ((i = ${#BENCH_CLEANUP[@]} - 1; i >= 0; i--)); do eval "${BENCH_CLEANUP[$i]}" || true; done
}

bench_require() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: apt-get install nginx-light wrk)"; exit 1; }
  done
}

bench_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

bench_jar() { [ -f target/vectort-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package; }

# Starts the nginx fake upstream; sets UPSTREAM (its origin).
bench_start_upstream() {
  local dir="$1" port
  port=$(bench_free_port)
  bench/upstream-nginx.sh "$port" "$dir/nginx"
  nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx"
  BENCH_CLEANUP+=("nginx -c '$dir/nginx/nginx.conf' -p '$dir/nginx' -s stop")
  UPSTREAM="http://127.0.0.1:$port"
}

# The two deployments on the fake upstream: bench-json (a completion) and bench-stream (SSE), both
# priced as gpt-4.1-mini, plus bench-free (an unpriced model: no credits held or settled).
bench_deployments() {
  local i=0 name path model
  for spec in "bench-json json gpt-4.1-mini" "bench-stream stream gpt-4.1-mini" "bench-free json bench-unpriced"; do
    read -r name path model <<<"$spec"
    printf -- '--vectort.llm.deployments[%d].%s\n' \
      "$i" "name=$name" "$i" "provider=openai" "$i" "model=$model" "$i" "base-url=$UPSTREAM/$path/v1" "$i" "api-key=sk-bench"
    i=$((i + 1))
  done
}

# Starts Vectort from the jar on a free loopback port with extra arguments; sets PORT and PID.
bench_start_vectort() {
  local dir="$1"; shift
  PORT=$(bench_free_port)
  mapfile -t deployments < <(bench_deployments)
  "$JAVA_HOME/bin/java" ${VECTORT_BENCH_JVM_OPTS:--XX:+UseZGC} --add-modules jdk.incubator.vector -jar target/vectort-*.jar \
    --server.port="$PORT" --server.address=127.0.0.1 --vectort.database.data-dir="$dir" \
    --logging.level.root=WARN "${deployments[@]}" "$@" > "$dir/vectort-$PORT.log" 2>&1 &
  PID=$!
  BENCH_CLEANUP+=("kill $PID 2>/dev/null; wait $PID 2>/dev/null")
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && return 0
    sleep 0.5
  done
  echo "Vectort did not start; see $dir/vectort-$PORT.log"; exit 1
}

# Registers a user and prints a new API key of theirs; sets USER_TOKEN.
bench_api_key() {
  local email="$1" api="http://127.0.0.1:$PORT/api/v1"
  curl -fs -X POST "$api/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"benchmark-password\"}" >/dev/null
  USER_TOKEN=$(curl -fs -X POST "$api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"benchmark-password\"}" | sed 's/^{"accessToken":"\([^"]*\)".*/\1/')
  curl -fs -X POST "$api/keys" -H "Authorization: Bearer $USER_TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' | sed 's/.*"key":"\([^"]*\)".*/\1/'
}

# One line of wrk results: rate, errors and latency percentiles.
bench_summary() { grep -E "Requests/sec|Non-2xx|Socket errors| 50%| 90%| 99%" | tr -s ' ' | tr '\n' ' '; echo; }
