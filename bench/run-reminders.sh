#!/usr/bin/env bash
# Reminders on time with 100,000 scheduled on one node: builds Vectort, starts it on a free loopback
# port on a fresh database of the local PostgreSQL (127.0.0.1:5432, user postgres), signs up a few
# users, creates one reminder each through the API (the template of a scheduled job exactly as the
# product writes it), loads the rest of the 100,000 straight into the database (reminders due 1 to
# 24 days ahead, each with its job copied from the template, so the queue holds them all), then
# creates through the API a warm-up batch due in the first 30 s of the window and the measured
# batch due over the next [window-seconds], at whole seconds (several per second, as reminders set
# for "9:00" are). Once all are due, it reads from the database, per measured reminder, the
# lateness of its in-app notification (fired_at, DB clock, minus the occurrence) and how many it
# got: p50/p90/p99/max, lost (none) and duplicated (more than one).
# Usage: bench/run-reminders.sh [reminders=100000] [window-seconds=120] [measured=3000] [users=20]
# Extra application arguments in VECTORT_BENCH_ARGS, e.g. "--vectort.jobs.polling-interval=500ms".
set -euo pipefail
cd "$(dirname "$0")/.."
reminders="${1:-100000}"
window="${2:-120}"
measured="${3:-3000}"
users="${4:-20}"
warmup=500
warmup_seconds=30

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
command -v psql >/dev/null || { echo "psql and a PostgreSQL on 127.0.0.1:5432 are needed"; exit 1; }
[ "$reminders" -gt $((measured + warmup + users)) ] || { echo "reminders must exceed measured + $warmup + users"; exit 1; }
[ -f target/vectort-0.1.0-SNAPSHOT.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests -Dexec.skip=true package
db="vectort_bench_reminders_$$"
sql() { psql -q -X -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }
psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
# shellcheck disable=SC2086 # VECTORT_BENCH_ARGS and the JVM options are lists of arguments
"$JAVA_HOME/bin/java" ${VECTORT_BENCH_JVM_OPTS:--XX:+UseZGC} --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -jar target/vectort-*.jar \
  --server.port="$port" --server.address=127.0.0.1 \
  --vectort.database.url="jdbc:postgresql://127.0.0.1:5432/$db" --vectort.database.user=postgres \
  --vectort.identity.registrations-per-hour=1000 --vectort.assistant.max-active-reminders-per-user=10000 \
  --logging.level.root=WARN ${VECTORT_BENCH_ARGS:-} > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db with (force)"; rm -f "$log" "$log.tokens"' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
base="http://127.0.0.1:$port"
bench() { "$JAVA_HOME/bin/java" bench/ReminderBench.java "$@"; }

bench signup "$base" "$users" > "$log.tokens"
mapfile -t tokens < "$log.tokens"
bench create "$base" template "$users" $(( $(date +%s) + 30 * 86400 )) 1 "${tokens[@]}"
bulk=$((reminders - measured - warmup - users))
echo "loading $bulk more reminders and their jobs straight into the database ..."
started=$(date +%s)
sql <<SQL
-- Every job row is the template's (the product's own) with another id and time.
create temporary table template as
  select * from scheduled_tasks where task_name = 'assistant-reminder' limit 1;
create temporary table far as
  select gen_random_uuid() id, u.users[1 + i % array_length(u.users, 1)] user_id, 'far ' || i text,
         date_trunc('second', now()) + interval '1 day' + i * interval '20 seconds' at_
  from generate_series(1, $bulk) i, (select array_agg(distinct user_id) users from assistant_reminders) u;
insert into assistant_reminders (id, user_id, text, time_zone, starts_local, next_at, fire_at, status, schedule_version)
  select id, user_id, text, 'UTC', at_ at time zone 'UTC', at_, at_, 'active', 1 from far;
insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by, last_success,
                             last_failure, consecutive_failures, last_heartbeat, version, priority)
  select t.task_name, far.id || '/1', t.task_data, far.at_, t.picked, t.picked_by, t.last_success,
         t.last_failure, t.consecutive_failures, t.last_heartbeat, t.version, t.priority
  from far, template t;
analyze assistant_reminders;
analyze scheduled_tasks;
SQL
echo "loaded in $(( $(date +%s) - started )) s; $(sql -tA -c "select count(*) from scheduled_tasks where task_name = 'assistant-reminder'") reminder jobs queued"

lead=$(( 20 + (warmup + measured) / 40 ))
first=$(( $(date +%s) + lead ))
bench create "$base" warm-up "$warmup" "$first" "$warmup_seconds" "${tokens[@]}"
bench create "$base" measured "$measured" $((first + warmup_seconds)) "$window" "${tokens[@]}"
sleep $(( first + warmup_seconds - $(date +%s) ))
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
sleep "$window"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
sleep 20
polling=$(grep -o -- '--vectort.jobs.polling-interval=[^ ]*' <<<"${VECTORT_BENCH_ARGS:-}" | cut -d= -f2 || true)
echo "$(date -u +%Y-%m-%d) $(nproc) CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "load average $load_start at the start of the window, $load_end at its end;" \
  "polling interval ${polling:-default}; warm-up: $warmup reminders fired over ${warmup_seconds} s before the window"
sql -P pager=off <<SQL
select count(*) as measured,
       count(*) filter (where deliveries = 0) as lost,
       count(*) filter (where deliveries > 1) as duplicated,
       round(percentile_disc(0.5) within group (order by late_ms)) as p50_ms,
       round(percentile_disc(0.9) within group (order by late_ms)) as p90_ms,
       round(percentile_disc(0.99) within group (order by late_ms)) as p99_ms,
       round(max(late_ms)) as max_ms
from (select r.id, count(n.id) deliveries,
             min(extract(epoch from n.fired_at - n.occurrence_at) * 1000) late_ms
      from assistant_reminders r
      left join assistant_notifications n on n.reminder_id = r.id and n.escalation_step = 0
      where r.text like 'measured %' group by r.id) per_reminder;
select count(*) filter (where r.text like 'far %') as far_delivered_early,
       count(*) filter (where r.text like 'warm-up %') as warm_up_delivered
from assistant_notifications n join assistant_reminders r on r.id = n.reminder_id;
SQL
