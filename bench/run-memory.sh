#!/usr/bin/env bash
# The Assistant's memory search at scale: builds Vectort, starts it on a free loopback port on a
# fresh database of the local PostgreSQL (127.0.0.1:5432, user postgres), signs up one user, loads
# N memories for them straight into the database (random unit vectors and generated words: the
# cost of a search depends on how many facts there are, not on what they say), then runs
# MemoryBench: searches one after another (embed + full text + exact vector scan + fusion), p50/p95/p99.
# Usage: bench/run-memory.sh [memories=100000] [searches=500] [warm-up=100]
set -euo pipefail
cd "$(dirname "$0")/.."
memories="${1:-100000}"
searches="${2:-500}"
warmup="${3:-100}"

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
command -v psql >/dev/null || { echo "psql and a PostgreSQL on 127.0.0.1:5432 are needed"; exit 1; }
./mvnw -q -B -DskipTests -Dexec.skip=true package
db="vectort_bench_memory_$$"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
"$JAVA_HOME/bin/java" ${VECTORT_BENCH_JVM_OPTS:--XX:+UseZGC} --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -jar target/vectort-*.jar \
  --server.port="$port" --server.address=127.0.0.1 \
  --vectort.database.url="jdbc:postgresql://127.0.0.1:5432/$db" --vectort.database.user=postgres \
  --vectort.web.metrics-token=bench-metrics-token-0123456789 \
  --logging.level.root=WARN > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db with (force)"; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.5
done

read -r user token < <("$JAVA_HOME/bin/java" bench/MemoryBench.java signup "http://127.0.0.1:$port")
echo "loading $memories memories for user $user ..."
started=$(date +%s)
psql -q -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 <<SQL
insert into assistant_memories (id, user_id, fact, source, search_vector, embedding)
select gen_random_uuid(), '$user', f.fact, 'explicit', to_tsvector('simple', f.fact),
       (select string_agg(float4send((random() - 0.5)::float4), ''::bytea) from generate_series(1, 384) d where i > 0)
from generate_series(1, $memories) i,
     lateral (select 'note ' || i || ' about my ' || (array['sister', 'work', 'doctor', 'cat', 'train', 'bank', 'garden', 'music'])[1 + i % 8]
                     || ' ' || substr(md5(i::text), 1, 6) || ' ' || (array['monday', 'lundi', 'evening', 'matin', 'pills', 'rent'])[1 + i % 6] as fact) f;
insert into assistant_memory_revisions (user_id, revision) values ('$user', 1);
analyze assistant_memories;
SQL
echo "loaded in $(( $(date +%s) - started )) s"
"$JAVA_HOME/bin/java" bench/MemoryBench.java search "http://127.0.0.1:$port" "$token" "$searches" "$warmup"
echo "where the server spent it (percentiles over the last few minutes: the searches above; seconds; total = embed + search):"
curl -fs -H "Authorization: Bearer bench-metrics-token-0123456789" "http://127.0.0.1:$port/api/metrics" \
  | grep -E '^vectort_assistant_memory_search_seconds(_count|_sum)?\{' | grep -E 'quantile|_count' || true
