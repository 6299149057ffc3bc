#!/usr/bin/env bash
# Runs the tests that need a real Temporal server: starts a fresh dev server (and stripe-mock
# unless MEWAYZ_STRIPE_MOCK_URL names one), runs every test tagged "real-server" (they fail when no
# server answers), stops what it started. Extra arguments go to Maven, e.g. one test:
#   scripts/real-server-tests.sh -Dtest=OrdersSurviveAWorkerKillTest
set -euo pipefail
cd "$(dirname "$0")/.."

export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_TEST_ADDRESS="127.0.0.1:$TEMPORAL_PORT"
export TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
export TEMPORAL_UI_TEST_ADDRESS="127.0.0.1:$TEMPORAL_UI_PORT"
scripts/temporal-dev-server.sh start
if [[ -z "${MEWAYZ_STRIPE_MOCK_URL:-}" ]]; then
  scripts/stripe-mock.sh start
  export MEWAYZ_STRIPE_MOCK_URL="http://127.0.0.1:${STRIPE_MOCK_PORT:-12111}"
  trap 'scripts/temporal-dev-server.sh stop; scripts/stripe-mock.sh stop' EXIT
else
  trap 'scripts/temporal-dev-server.sh stop' EXIT
fi

./mvnw -B -ntp -pl api -am verify -Dskip.ui=true -Dspotless.check.skip=true \
  -Dgroups=real-server -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
