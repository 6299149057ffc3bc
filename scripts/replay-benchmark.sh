#!/usr/bin/env bash
# Replay suite time (BENCHMARKS.md): builds the workflows module and replays every recorded
# history against today's workflow code, first in a cold JVM, then warm, with median and spread.
#   scripts/replay-benchmark.sh [-Dpasses=10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl workflows -am install -DskipTests -Dspotless.check.skip=true
./mvnw -q -B -ntp -pl workflows exec:java -Dexec.mainClass=com.mewayz.workflows.replay.ReplayBenchmark \
  -Dexec.classpathScope=test "$@"
