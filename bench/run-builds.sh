#!/usr/bin/env bash
# Verified builds: the share of generated versions that build, with and without automatic fix
# rounds, by framework (docs/BUILDS.md). Builds Vectort, starts it on a free loopback port with a
# fresh bundled database and one model deployment, bench-builds, served by BuildShareBench: a fake
# OpenAI-compatible model replaying the recorded answers in bench/builds (for each case, its first
# answer, then its answer to each fix round). Each case's versions are checked for real (npm
# install from the registry and the build, in the sandbox), one at a time.
# Usage: bench/run-builds.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
trap bench_cleanup EXIT
./mvnw -q -B -DskipTests -Dexec.skip=true package
data=$(mktemp -d)
BENCH_CLEANUP+=("rm -rf '$data'")
fake=$(bench_free_port)
UPSTREAM="http://127.0.0.1:$fake"
PORT=$(bench_free_port)
"$JAVA_HOME/bin/java" -jar target/vectort-*.jar \
  --server.port="$PORT" --server.address=127.0.0.1 --vectort.database.data-dir="$data" \
  --vectort.llm.deployments[0].name=bench-builds --vectort.llm.deployments[0].provider=openai \
  --vectort.llm.deployments[0].model=gpt-4.1-mini --vectort.llm.deployments[0].base-url="$UPSTREAM/v1" \
  --vectort.llm.deployments[0].api-key=sk-bench --vectort.outbound.allowed-hosts=127.0.0.1 \
  --logging.level.root=WARN > "$data/vectort.log" 2>&1 &
PID=$!
BENCH_CLEANUP+=("kill $PID 2>/dev/null; wait $PID 2>/dev/null")
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null && break
  sleep 0.5
done
"$JAVA_HOME/bin/java" bench/BuildShareBench.java "http://127.0.0.1:$PORT" "$fake" bench/builds
