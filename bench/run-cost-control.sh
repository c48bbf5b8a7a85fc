#!/usr/bin/env bash
# Cost-control benchmark: what the plan limiter and the credit accounting add to a /v1 call, and
# the latency of response-cache hits, at ~1,000 req/s on loopback (wrk, fixed pace).
#   A  enterprise plan (no quota), unpriced model: neither limiter nor credits
#   B  enterprise plan, priced model: credits held and settled (in-memory lease, batched ledger)
#   C  plan with a (huge) daily quota, priced model: limiter + credits
#   D  C again with the limiter in Redis (exact across nodes), when Redis runs on 127.0.0.1:6379
#   E  cache hits: the same request again and again, cache on
#   F  cache misses: every prompt different, cache on (lookup in L1/L2/L3, then a background store)
# Needs nginx, wrk and psql, and the PostgreSQL server on 127.0.0.1 (user postgres): the plans are
# data, so the script gives the "pro" plan a quota that cannot run out during the run.
# Usage: bench/run-cost-control.sh [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
source bench/lib.sh
trap bench_cleanup EXIT
bench_require nginx wrk psql
bench_jar
data=$(mktemp -d)
BENCH_CLEANUP+=("rm -rf '$data'")
db="vectort_bench_$$"
psql -h 127.0.0.1 -U postgres -qc "create database $db"
BENCH_CLEANUP+=("psql -h 127.0.0.1 -U postgres -qc 'drop database if exists $db with (force)'")
bench_start_upstream "$data"
database=(--vectort.database.url="jdbc:postgresql://127.0.0.1:5432/$db" --vectort.database.user=postgres
  --vectort.billing.default-plan=enterprise)

measure() { # label, model, cache(0/1), unique prompts (0/1)
  echo -n "   $1: "
  KEY="$key" MODEL="$2" CACHE="$3" UNIQUE="${4:-0}" PACE_MS=7 wrk -t1 -c8 -d"${seconds}s" --latency -s bench/wrk-chat.lua \
    "http://127.0.0.1:$PORT/v1/chat/completions" | bench_summary
}
limited_key() { # a key of a user on the pro plan, whose quota the bench made unlimited in practice
  local k
  k=$(bench_api_key "$1")
  psql -h 127.0.0.1 -U postgres -d "$db" -qc "update plans set api_requests_per_day = 1000000000 where id = 'pro';
    update billing_accounts set plan_id = 'pro', balance_micros = balance_micros + 1000000000000
      where org_id = (select id from users where email = '$1');
    insert into credit_ledger (id, org_id, kind, balance_delta, reserved_delta, idempotency_key, description)
      select gen_random_uuid(), id, 'adjustment', 1000000000000, 0, 'bench:$1', 'benchmark credits' from users where email = '$1';" >/dev/null
  echo "$k"
}

bench_start_vectort "$data" "${database[@]}"
key=$(bench_api_key open@example.com)
echo "warm-up (60 s) ..."
KEY="$key" PACE_MS=0 wrk -t1 -c16 -d60s -s bench/wrk-chat.lua "http://127.0.0.1:$PORT/v1/chat/completions" >/dev/null
echo "1. one node, local limiter, latency at ~1,000 req/s, ${seconds} s each:"
measure "A no limiter, no credits " bench-free 0
measure "B credits only           " bench-json 0
key=$(limited_key limited@example.com)
sleep 11 # the plan cache forgets the old plan
measure "C limiter + credits      " bench-json 0
measure "E cache hits             " bench-json 1
measure "F cache misses           " bench-json 1 1
kill "$PID"; wait "$PID" 2>/dev/null || true
if (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  echo "2. the same node with Redis (limits exact across nodes):"
  bench_start_vectort "$data" "${database[@]}" --vectort.redis.url=redis://127.0.0.1:6379
  KEY="$key" PACE_MS=0 wrk -t1 -c16 -d30s -s bench/wrk-chat.lua "http://127.0.0.1:$PORT/v1/chat/completions" >/dev/null
  measure "D limiter in Redis + credits" bench-json 0
  measure "E cache hits (L1)           " bench-json 1
  measure "F cache misses (L1, L2, L3) " bench-json 1 1
else
  echo "2. skipped: no Redis on 127.0.0.1:6379"
fi
