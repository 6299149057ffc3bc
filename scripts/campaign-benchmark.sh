#!/usr/bin/env bash
# Campaign benchmark on a real Temporal server: starts a fresh dev server and a MongoDB-protocol
# server in a process of its own, builds, sends one campaign (default 100,000 recipients, throttle
# off) to a local counting SMTP sink from the platform in a JVM capped at 512 MB of heap, prints
# mails/s, the platform's peak heap and duplicates, stops what it started.
#   scripts/campaign-benchmark.sh [-Dbench.recipients=100000]
#   BENCH_SAME_JVM_DATABASE=1 scripts/campaign-benchmark.sh   # the database inside the platform's JVM
set -euo pipefail
cd "$(dirname "$0")/.."

export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_STATE_DIR="${TEMPORAL_STATE_DIR:-.temporal/bench}"
MONGO_PORT="${BENCH_MONGO_PORT:-27117}"
scripts/temporal-dev-server.sh start
mongo_pid=""
cleanup() {
  [[ -n "$mongo_pid" ]] && kill "$mongo_pid" 2>/dev/null || true
  scripts/temporal-dev-server.sh stop
}
trap cleanup EXIT

./mvnw -q -B -ntp -pl api -am install -DskipTests -Dskip.ui=true -Dspotless.check.skip=true
./mvnw -q -B -ntp -pl api test-compile -Dskip.ui=true -Dspotless.check.skip=true

database=()
if [[ -z "${BENCH_SAME_JVM_DATABASE:-}" ]]; then
  MAVEN_OPTS="-Xmx2g" ./mvnw -q -B -ntp -pl api exec:java -Dskip.ui=true \
    -Dexec.mainClass=com.mewayz.bench.BenchMongo -Dexec.classpathScope=test \
    -Dbench.mongo.port="$MONGO_PORT" &
  mongo_pid=$!
  for _ in $(seq 1 120); do
    (echo >"/dev/tcp/127.0.0.1/$MONGO_PORT") 2>/dev/null && break
    sleep 0.5
  done
  database=("-Dbench.mongo=mongodb://127.0.0.1:$MONGO_PORT")
fi

MAVEN_OPTS="-Xmx512m ${BENCH_JVM_OPTS:-}" ./mvnw -q -B -ntp -pl api exec:java -Dskip.ui=true \
  -Dexec.mainClass=com.mewayz.bench.CampaignBenchmark -Dexec.classpathScope=test \
  -Dbench.temporal="127.0.0.1:$TEMPORAL_PORT" "${database[@]}" "$@"
