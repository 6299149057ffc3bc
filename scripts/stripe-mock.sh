#!/usr/bin/env bash
# Starts stripe-mock (Stripe's official API mock, driven by its OpenAPI spec) on 127.0.0.1 for the
# Stripe gateway tests. Installs it with `go install` into .stripe-mock/bin if it is missing.
#   scripts/stripe-mock.sh start    # background; waits until it answers, prints the export line
#   scripts/stripe-mock.sh stop
set -euo pipefail

STRIPE_MOCK_VERSION="v0.203.0"
PORT="${STRIPE_MOCK_PORT:-12111}"
HTTPS_PORT="${STRIPE_MOCK_HTTPS_PORT:-12112}"
STATE_DIR="${STRIPE_MOCK_STATE_DIR:-.stripe-mock}"
BIN_DIR="$STATE_DIR/bin"
PID_FILE="$STATE_DIR/server.pid"

ensure_binary() {
  mkdir -p "$BIN_DIR"
  local bin
  bin="$(cd "$BIN_DIR" && pwd)"
  PATH="$bin:$PATH:${GOPATH:-${HOME:-.}/go}/bin"
  if command -v stripe-mock >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v go >/dev/null 2>&1; then
    echo "stripe-mock is missing and Go is not installed to build it (https://go.dev/dl)" >&2
    return 1
  fi
  echo "Installing stripe-mock $STRIPE_MOCK_VERSION with go install..."
  GOBIN="$bin" go install "github.com/stripe/stripe-mock@$STRIPE_MOCK_VERSION"
  hash -r
}

start() {
  ensure_binary
  mkdir -p "$STATE_DIR"
  stripe-mock -http-addr "127.0.0.1:$PORT" -https-addr "127.0.0.1:$HTTPS_PORT" \
    >"$STATE_DIR/server.log" 2>&1 &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 30); do
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/v1/balance" -H "Authorization: Bearer sk_test_123"; then
      echo "stripe-mock on http://127.0.0.1:$PORT"
      echo "export MEWAYZ_STRIPE_MOCK_URL=http://127.0.0.1:$PORT"
      return 0
    fi
    sleep 1
  done
  echo "stripe-mock did not answer within 30 s; its log:" >&2
  cat "$STATE_DIR/server.log" >&2
  return 1
}

stop() {
  if [[ -f "$PID_FILE" ]]; then
    kill "$(cat "$PID_FILE")" 2>/dev/null || true
    rm -f "$PID_FILE"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start | stop" >&2; exit 2 ;;
esac
