#!/usr/bin/env bash
# Link-in-bio benchmark: builds the api jar (no UI needed), starts the platform embedded on
# 127.0.0.1:$BIO_BENCH_PORT with a fresh data dir, then
#   1. loads a published page at a fixed arrival rate (open model) with BioBenchmark, a JDK-only
#      load generator run as a single-file program in its own JVM, and prints achieved rate,
#      p50/p90/p99/p99.9/max latency and errors;
#   2. runs Lighthouse (mobile and desktop presets) on the same page and prints its scores.
# Stops the platform afterwards. Check `uptime` first: the machine's load shows in the tail.
#   scripts/bio-benchmark.sh [-Drate=1000 -Dseconds=60 -Dwarmup=20 -Dconnections=32]
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BIO_BENCH_PORT:-18480}"
OUT="api/target/bio-bench"
LIGHTHOUSE_VERSION="${LIGHTHOUSE_VERSION:-13.5.0}"
mkdir -p "$OUT"
DATA_DIR="$(mktemp -d)"

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(java -version 2>&1 | head -1)"
echo "Load before: $(uptime)"

if [[ "${BIO_BENCH_SKIP_BUILD:-}" != "true" ]]; then
  ./mvnw -q -B -ntp -pl api -am package -DskipTests -Dskip.ui=true -Dspotless.check.skip=true
fi

PORT="$PORT" MEWAYZ_DATA_DIR="$DATA_DIR" java -Xms512m -Xmx512m -jar api/target/mewayz.jar \
  --logging.level.root=WARN --mewayz.auth.attempts-per-minute=1000 > "$OUT/platform.log" 2>&1 &
PLATFORM=$!
trap 'kill "$PLATFORM" 2>/dev/null; wait "$PLATFORM" 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health" > /dev/null && break
  sleep 1
done

# The machine's 1-minute load every 10 s while the load runs (it includes this benchmark's own).
( while sleep 10; do cut -d' ' -f1 /proc/loadavg; done ) > "$OUT/load.txt" &
SAMPLER=$!
java "$@" -Dout="$OUT/page-url" -cp api/target/test-classes com.mewayz.bench.BioBenchmark \
  "http://127.0.0.1:$PORT"
kill "$SAMPLER"
echo "Load (1-minute average) sampled during the run: $(sort -n "$OUT/load.txt" | head -1)" \
  "to $(sort -n "$OUT/load.txt" | tail -1)"
URL="$(cat "$OUT/page-url")"

for preset in mobile desktop; do
  report="$OUT/lighthouse-$preset.json"
  flags=()
  [[ "$preset" == "desktop" ]] && flags=(--preset=desktop)
  CHROME_PATH=/usr/bin/chromium npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "$URL" \
    --chrome-flags="--headless --no-sandbox" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$report" --quiet "${flags[@]}"
  node -e '
    const r = require(process.argv[1]);
    const s = (id) => Math.round(r.categories[id].score * 100);
    const a = (id) => r.audits[id].displayValue;
    console.log(`Lighthouse ${process.argv[2]}: performance ${s("performance")}, accessibility ${s("accessibility")}, best practices ${s("best-practices")}, SEO ${s("seo")} (FCP ${a("first-contentful-paint")}, LCP ${a("largest-contentful-paint")}, TBT ${a("total-blocking-time")}, CLS ${a("cumulative-layout-shift")})`);
  ' "$(pwd)/$report" "$preset"
done
echo "Load after: $(uptime)"
