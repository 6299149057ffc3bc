#!/usr/bin/env bash
# Runs the tests that need a real Temporal server: starts a fresh dev server, runs every test
# tagged "real-server" (they fail when no server answers), stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_TEST_ADDRESS="127.0.0.1:$TEMPORAL_PORT"
export TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
export TEMPORAL_UI_TEST_ADDRESS="127.0.0.1:$TEMPORAL_UI_PORT"
scripts/temporal-dev-server.sh start
trap 'scripts/temporal-dev-server.sh stop' EXIT

./mvnw -B -ntp -pl api -am verify -Dskip.ui=true -Dspotless.check.skip=true \
  -Dgroups=real-server -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
