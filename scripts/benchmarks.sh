#!/usr/bin/env bash
# Automation benchmarks on a real Temporal server: starts a fresh dev server, builds, runs
# com.mewayz.bench.AutomationBenchmark (the whole platform in one JVM, measured through its HTTP
# API), prints the figures, stops the server. Not part of the test run.
#   scripts/benchmarks.sh [-Dbench.webhookRuns=300] [-Dbench.httpRuns=30]
set -euo pipefail
cd "$(dirname "$0")/.."

export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_STATE_DIR="${TEMPORAL_STATE_DIR:-.temporal/bench}"
scripts/temporal-dev-server.sh start
trap 'scripts/temporal-dev-server.sh stop' EXIT

./mvnw -q -B -ntp -pl api -am install -DskipTests -Dskip.ui=true -Dspotless.check.skip=true
./mvnw -q -B -ntp -pl api test-compile exec:java -Dskip.ui=true -Dspotless.check.skip=true \
  -Dexec.mainClass=com.mewayz.bench.AutomationBenchmark -Dexec.classpathScope=test \
  -Dbench.temporal="127.0.0.1:$TEMPORAL_PORT" "$@"
