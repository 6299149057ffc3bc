#!/usr/bin/env bash
# UI benchmarks against a running Mewayz (default http://localhost:8080): Lighthouse on the
# signed-in pages, first-load JavaScript of the built UI, designer frame times. See BENCHMARKS.md.
#
#   ./run.sh &                                   # or any running platform
#   scripts/ui-benchmarks.sh                     # MEWAYZ_BASE_URL=... to point elsewhere
#   LIGHTHOUSE_PRESET=mobile scripts/ui-benchmarks.sh
set -euo pipefail
cd "$(dirname "$0")/../ui"

export MEWAYZ_BASE_URL="${MEWAYZ_BASE_URL:-http://localhost:8080}"
export MEWAYZ_CHROMIUM="${MEWAYZ_CHROMIUM:-/usr/bin/chromium}"
# Lighthouse runs Chromium through this variable.
export CHROME_PATH="${CHROME_PATH:-$MEWAYZ_CHROMIUM}"

[ -d node_modules ] || npm ci --no-audit --no-fund
# (b) measures the build the platform serves; build it when there is none.
[ -f dist/index.html ] || npm run build

exec node bench/ui-bench.mjs
