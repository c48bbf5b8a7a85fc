#!/usr/bin/env bash
# Backup and restore times for a realistic installation, the figures behind the runbook's RPO/RTO
# (docs/OPERATIONS.md, "Backup and restore"). Builds Vectort, starts it on a fresh database of the
# local PostgreSQL (127.0.0.1:5432, user postgres) with blobs in a temp directory, makes one real
# project version through the API (offline starter), stops it, then fills: [calls] llm_calls rows,
# [versions] versions of that project (each with the first version's files), and [blob-mb] MiB of
# version archives (1 MiB each, random bytes: as incompressible as real ZIPs). Then times, with the
# jar's own commands: an encrypted backup to a directory, a restore check (scratch database), a
# restore into a new empty database and blob directory, and the first start of Vectort on it
# (until /readyz answers).
# Usage: bench/run-backup.sh [calls=1000000] [versions=5000] [blob-mb=300]
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${1:-1000000}"
versions="${2:-5000}"
blob_mb="${3:-300}"

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
command -v psql >/dev/null || { echo "psql and a PostgreSQL on 127.0.0.1:5432 are needed"; exit 1; }
[ -f target/vectort-0.1.0-SNAPSHOT.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests -Dexec.skip=true package
db="vectort_bench_backup_$$"
restored="${db}_restored"
work=$(mktemp -d)
export VECTORT_BACKUP_KEY="bench passphrase, not a secret"
export VECTORT_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"
java_run() { "$JAVA_HOME/bin/java" -XX:+UseZGC --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -jar target/vectort-0.1.0-SNAPSHOT.jar "$@"; }
sql() { psql -q -X -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }
pid=""
cleanup() {
  [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }
  sql -d postgres -c "drop database if exists $db with (force)" -c "drop database if exists $restored with (force)"
  rm -rf "$work"
}
trap cleanup EXIT
sql -d postgres -c "create database $db" -c "create database $restored"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# start DATABASE BLOBS: Vectort in the background until /readyz; sets PID and STARTUP_S (seconds).
# java is started directly (not through a function): $! must be its pid, for stop to reach it.
start() {
  local t0
  t0=$(date +%s.%N)
  "$JAVA_HOME/bin/java" -XX:+UseZGC --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
    -jar target/vectort-0.1.0-SNAPSHOT.jar --server.port="$port" --server.address=127.0.0.1 --logging.level.root=WARN \
    --vectort.database.url="jdbc:postgresql://127.0.0.1:5432/$1" --vectort.database.user=postgres \
    --vectort.storage.dir="$2" --vectort.preview.builds=false > "$work/vectort.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null; then
      STARTUP_S=$(echo "$(date +%s.%N) - $t0" | bc)
      return 0
    fi
    sleep 0.25
  done
  echo "Vectort did not start; see $work/vectort.log" >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

start "$db" "$work/blobs"
api="http://127.0.0.1:$port/api/v1"
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
curl -fs -X POST "$api/auth/register" -H 'Content-Type: application/json' -d '{"email":"bench@example.com","password":"a long bench password"}' >/dev/null
token=$(curl -fs -X POST "$api/auth/login" -H 'Content-Type: application/json' -d '{"email":"bench@example.com","password":"a long bench password"}' | json "['accessToken']")
project=$(curl -fs -X POST "$api/projects" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json "['id']")
generation=$(curl -fs -X POST "$api/projects/$project/generate" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"description":"A todo app","framework":"html","type":"todo"}' | json "['id']")
for _ in $(seq 1 120); do
  status=$(curl -fs "$api/generations/$generation" -H "Authorization: Bearer $token" | json "['status']")
  [ "$status" = succeeded ] && break
  sleep 0.5
done
[ "$status" = succeeded ] || { echo "the generation did not succeed: $status"; exit 1; }
stop

org=$(sql -d "$db" -At -c "select org_id from projects where id = '$project'")
echo "Filling: $calls llm_calls, $versions versions, $blob_mb MiB of blobs"
sql -d "$db" <<SQL
insert into llm_calls (id, occurred_at, source, org_id, requested_model, deployment, provider, model, status,
                       input_tokens, output_tokens, usage_estimated, cost_usd, latency_ms, ttft_ms, fallbacks, route_reason)
select gen_random_uuid(), now() - (i || ' seconds')::interval, 'api', '$org', 'gpt-4.1-mini', 'primary', 'openai',
       'gpt-4.1-mini-2025-04-14', 'succeeded', 1200 + i % 500, 300 + i % 200, false, 0.0004 + (i % 100) / 100000.0,
       800 + i % 900, 200 + i % 300, 0, 'primary'
from generate_series(1, $calls) as i;
insert into versions (project_id, number, generation_id, parent_number, summary, file_count, total_bytes, created_at)
select project_id, n, null, n - 1, 'Version ' || n, file_count, total_bytes, created_at
from versions, generate_series(2, $versions) as n where project_id = '$project' and number = 1;
insert into version_files (project_id, version_number, path, sha256, size)
select project_id, n, path, sha256, size
from version_files, generate_series(2, $versions) as n where project_id = '$project' and version_number = 1;
update projects set current_version = $versions where id = '$project';
SQL
mkdir -p "$work/blobs/users/$org/projects/$project/versions"
for i in $(seq 1 "$blob_mb"); do
  head -c 1048576 /dev/urandom > "$work/blobs/users/$org/projects/$project/versions/v$i.zip"
done
size=$(sql -d "$db" -At -c "select pg_size_pretty(pg_database_size('$db'))")

timed() { local t0; t0=$(date +%s.%N); "$@" >&2; echo "$(date +%s.%N) - $t0" | bc; }
installation() { echo "--vectort.database.url=jdbc:postgresql://127.0.0.1:5432/$1" --vectort.database.user=postgres "--vectort.storage.dir=$2"; }
# shellcheck disable=SC2046 # installation prints separate arguments
backup_s=$(timed java_run backup $(installation "$db" "$work/blobs") "$work/backups")
file=$(ls "$work/backups")
bytes=$(stat -c %s "$work/backups/$file")
# shellcheck disable=SC2046
check_s=$(timed java_run backup --check $(installation "$db" "$work/blobs") "$work/backups")
# shellcheck disable=SC2046
restore_s=$(timed java_run restore $(installation "$restored" "$work/restored-blobs") "$work/backups")
start "$restored" "$work/restored-blobs"
startup_s=$STARTUP_S
stop

printf '\nDatabase %s (%s llm_calls, %s versions), blobs %s MiB\n' "$size" "$calls" "$versions" "$blob_mb"
printf 'backup (encrypted, to a directory): %6.1f s, %s MiB\n' "$backup_s" "$((bytes / 1048576))"
printf 'restore check (scratch database):   %6.1f s\n' "$check_s"
printf 'restore (empty database):           %6.1f s\n' "$restore_s"
printf 'first start on the restored data:   %6.1f s\n' "$startup_s"
printf 'RTO (restore + start):              %6.1f s\n' "$(echo "$restore_s + $startup_s" | bc)"
