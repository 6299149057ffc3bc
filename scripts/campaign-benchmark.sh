#!/usr/bin/env bash
# Campaign benchmark on a real Temporal server: starts a fresh dev server, builds, sends one
# campaign (default 100,000 recipients, throttle off) to a local counting SMTP sink inside a JVM
# capped at 512 MB of heap, prints mails/s, peak heap and duplicates, stops the server.
#   scripts/campaign-benchmark.sh [-Dbench.recipients=100000]
set -euo pipefail
cd "$(dirname "$0")/.."

export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_STATE_DIR="${TEMPORAL_STATE_DIR:-.temporal/bench}"
scripts/temporal-dev-server.sh start
trap 'scripts/temporal-dev-server.sh stop' EXIT

./mvnw -q -B -ntp -pl api -am install -DskipTests -Dskip.ui=true -Dspotless.check.skip=true
MAVEN_OPTS="-Xmx512m ${BENCH_JVM_OPTS:-}" ./mvnw -q -B -ntp -pl api test-compile exec:java -Dskip.ui=true \
  -Dspotless.check.skip=true -Dexec.mainClass=com.mewayz.bench.CampaignBenchmark \
  -Dexec.classpathScope=test -Dbench.temporal="127.0.0.1:$TEMPORAL_PORT" "$@"
