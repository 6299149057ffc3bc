#!/usr/bin/env bash
# Builds Mewayz and starts the whole platform embedded on http://localhost:8080 (API, UI, workers,
# in-process Temporal, MongoDB-protocol server persisting under ./data, SMTP sink).
# Needs only a JDK 17 and Node 20. Ctrl-C stops it cleanly. Extra arguments go to the app,
# e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
echo "Building Mewayz (the first build downloads dependencies and takes a few minutes)..."
./mvnw -q -B -ntp -pl api -am package -DskipTests -Dspotless.check.skip=true
echo "Starting Mewayz on http://localhost:${PORT:-8080} ..."
exec java ${JAVA_OPTS:-} -jar api/target/mewayz.jar "$@"
