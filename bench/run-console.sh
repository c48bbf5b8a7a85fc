#!/usr/bin/env bash
# The admin console at 10 million LLM calls: builds Vectort, migrates a scratch database of the
# local PostgreSQL (127.0.0.1:5432, user postgres), fills it with generate_series (1,000 team
# organisations, [calls] calls over 30 days across 8 models and 3 sources, 5% failed, and 100
# settlements per organisation), then starts Vectort with the watermarks cleared so its first
# roll-up aggregates all of it (timed), and times each console API (20 warm-up requests, then
# [requests] measured: median and p95 as curl sees them on loopback). Prints the plans (EXPLAIN
# ANALYZE) of the queries a page view runs. Usage: bench/run-console.sh [calls=10000000] [requests=200]
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${1:-10000000}"
requests="${2:-200}"

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
command -v psql >/dev/null || { echo "psql and a PostgreSQL on 127.0.0.1:5432 are needed"; exit 1; }
[ -f target/vectort-0.1.0-SNAPSHOT.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests package
db="vectort_bench_console_$$"
sql() { psql -q -X -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }
psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $db"
log=$(mktemp)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait 2>/dev/null; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db with (force)"; rm -f "$log" "$log.times"' EXIT

start() {
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  # shellcheck disable=SC2086 # the JVM options are a list of arguments
  VECTORT_ADMIN_EMAILS=bench-admin@example.com "$JAVA_HOME/bin/java" ${VECTORT_BENCH_JVM_OPTS:--XX:+UseZGC} \
    --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -jar target/vectort-*.jar \
    --server.port="$port" --server.address=127.0.0.1 \
    --vectort.database.url="jdbc:postgresql://127.0.0.1:5432/$db" --vectort.database.user=postgres \
    --vectort.console.rollup-interval=5s --vectort.console.backfill=31d \
    --logging.level.root=WARN "$@" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && return 0
    sleep 0.5
  done
  echo "Vectort did not start; see $log"; cat "$log"; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "== migrating, then filling $calls calls"
start
curl -fs -X POST "http://127.0.0.1:$port/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d '{"email":"bench-admin@example.com","password":"benchmark-password"}' >/dev/null
stop
started=$(date +%s)
sql <<SQL
insert into organizations (id, name, slug, personal)
select gen_random_uuid(), 'Bench org ' || n, 'bench-org-' || n, false from generate_series(1, 1000) n;
create temporary table bench_orgs as select row_number() over (order by id) as n, id from organizations where not personal;
insert into billing_accounts (org_id, plan_id, balance_micros)
select id, 'pro', 1000000000 from bench_orgs;
insert into llm_calls (id, occurred_at, source, org_id, requested_model, deployment, provider, model, status, error_kind,
    input_tokens, output_tokens, usage_estimated, cost_usd, latency_ms, fallbacks, route_reason)
select gen_random_uuid(), now() - random() * interval '30 days', (array['api', 'builder', 'assistant'])[1 + i % 3],
       o.id, m.model, m.model, 'openai', m.model, case when i % 20 = 0 then 'error' else 'ok' end,
       case when i % 20 = 0 then 'server' end, 1000, 300, false, (random() * 0.02)::numeric(20, 10),
       (100 + random() * 900)::int, 0, 'requested'
from generate_series(1, $calls) i
join bench_orgs o on o.n = 1 + i % 1000
join (select row_number() over () - 1 as k, model
      from unnest(array['gpt-4.1', 'gpt-4.1-mini', 'claude-sonnet', 'claude-haiku', 'gemini-pro', 'gemini-flash',
                        'llama-70b', 'mistral-large']) model) m on m.k = i % 8;
insert into credit_ledger (id, org_id, kind, balance_delta, reserved_delta, idempotency_key, description, created_at)
select gen_random_uuid(), o.id, 'settlement', 1000 - 700, -1000, 'bench-' || o.n || '-' || k, 'usage',
       now() - random() * interval '30 days'
from bench_orgs o, generate_series(1, 100) k;
delete from console_watermarks;
analyze;
SQL
echo "filled in $(($(date +%s) - started)) s: $(sql -Atc 'select count(*) from llm_calls') calls"

echo "== first roll-up (30 days, from nothing)"
start
rolled=$(date +%s)
until [ "$(sql -Atc "select count(*) from console_watermarks where rolled_up_to > now() - interval '3 minutes'")" = 4 ]; do
  sleep 1
done
echo "rolled up in about $(($(date +%s) - rolled)) s (measured from readiness): $(sql -Atc 'select count(*) from console_call_usage') call rows, $(sql -Atc 'select count(*) from console_charges') charge rows"

token=$(curl -fs -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"bench-admin@example.com","password":"benchmark-password"}' | sed 's/^{"accessToken":"\([^"]*\)".*/\1/')
org=$(sql -Atc "select id from organizations where slug = 'bench-org-1'")

echo "== API times over $requests requests each (after 20 warm-up), milliseconds"
for path in "overview?days=30" "overview?days=7" "generations?days=30" "features?days=30" "health" \
            "organizations?q=bench" "organizations/$org"; do
  for _ in $(seq 1 20); do curl -fs -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/admin/$path"; done
  : > "$log.times"
  for _ in $(seq 1 "$requests"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$port/api/v1/admin/$path" >> "$log.times"
  done
  sort -n "$log.times" | awk -v path="$path" '{ t[NR] = $1 * 1000 } END {
    printf "%-28s median %6.1f  p95 %6.1f  max %6.1f\n", path, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'
done

echo "== plans of a page view's queries"
sql -c "explain (analyze, costs off, timing off, summary on)
  select day, org_id, model, sum(calls), sum(failed_calls), sum(cost_usd) from console_call_usage
  where day between current_date - 29 and current_date group by grouping sets ((day), (org_id), (model))"
sql -c "explain (analyze, costs off, timing off, summary on)
  select (occurred_at at time zone 'UTC')::date, org_id, source, coalesce(model, requested_model), count(*)
  from llm_calls where occurred_at >= (select rolled_up_to from console_watermarks where source = 'llm-calls')
    and occurred_at < now() and org_id is not null group by 1, 2, 3, 4"
sql -c "explain (analyze, costs off, timing off, summary on)
  select org_id, sum(cost_usd) from console_call_usage
  where org_id = any(array(select id from organizations limit 25)) and day between current_date - 29 and current_date
  group by org_id"
