#!/usr/bin/env bash
# The platform's benchmarks (BENCHMARKS.md): starts a fresh Temporal dev server, the
# MongoDB-protocol server in a process of its own, and the platform jar (API and workers, 1 GB heap)
# against both, then runs com.mewayz.bench.PlatformBenchmark, a JDK-only load generator in its own
# JVM, through the HTTP API. Stops what it started. Check `uptime` first: the machine's load shows
# in the tail.
#   scripts/platform-benchmarks.sh                                   # API, start, throughput, overload, parked 1,000
#   scripts/platform-benchmarks.sh -Donly=throughput -Dladder=30,40,50
#   scripts/platform-benchmarks.sh -Donly=parked -Dparked=10000 -DparkedRate=25
#   BENCH_PLATFORM_ARGS=--mewayz.admission.enabled=false scripts/platform-benchmarks.sh -Donly=overload -Dsustained=40
set -euo pipefail
cd "$(dirname "$0")/.."

export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_STATE_DIR="${TEMPORAL_STATE_DIR:-.temporal/bench}"
PORT="${BENCH_PORT:-18580}"
MONGO_PORT="${BENCH_MONGO_PORT:-27117}"
OUT="api/target/platform-bench"
mkdir -p "$OUT"

echo "Load before: $(uptime)"
if [[ "${BENCH_SKIP_BUILD:-}" != "true" ]]; then
  ./mvnw -q -B -ntp -pl api -am install -DskipTests -Dskip.ui=true -Dspotless.check.skip=true
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  scripts/temporal-dev-server.sh stop
}
trap cleanup EXIT

scripts/temporal-dev-server.sh start
temporal_pid="$(ss -ltnpH "sport = :$TEMPORAL_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"

MAVEN_OPTS="-Xmx2g" ./mvnw -q -B -ntp -o -pl api exec:java -Dskip.ui=true \
  -Dexec.mainClass=com.mewayz.bench.BenchMongo -Dexec.classpathScope=test \
  -Dbench.mongo.port="$MONGO_PORT" > "$OUT/database.log" 2>&1 &
pids+=($!)
database_pid=$!
for _ in $(seq 1 120); do
  (echo >"/dev/tcp/127.0.0.1/$MONGO_PORT") 2>/dev/null && break
  sleep 0.5
done

# shellcheck disable=SC2086
java -Xms1g -Xmx1g -jar api/target/mewayz.jar --server.port="$PORT" --mewayz.data-dir= \
  --mewayz.temporal.address="127.0.0.1:$TEMPORAL_PORT" --mewayz.workers.enabled=true \
  --mewayz.mongodb.uri="mongodb://127.0.0.1:$MONGO_PORT" \
  --mewayz.secret=bWV3YXl6LWJlbmNobWFyay1zZWNyZXQta2V5LTMyLWJ5dGVzISE= \
  --mewayz.encryption-key=bWV3YXl6LWJlbmNobWFyay1lbmNyeXB0aW9uLWtleSE= \
  --mewayz.auth.attempts-per-minute=100000 --mewayz.automations.http.allowed-hosts=127.0.0.1 \
  --logging.level.root=WARN ${BENCH_PLATFORM_ARGS:-} > "$OUT/platform.log" 2>&1 &
pids+=($!)
platform_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health" > /dev/null && break
  sleep 1
done

java -Xmx1g "$@" -Dpids="platform=$platform_pid,temporal=$temporal_pid,database=$database_pid" \
  -cp api/target/test-classes com.mewayz.bench.PlatformBenchmark "http://127.0.0.1:$PORT" \
  | tee "$OUT/figures.txt"
echo "Load after: $(uptime)"
