#!/usr/bin/env python3
"""Splits the lateness of parked automation runs into its parts, from their Temporal histories.

The parked benchmark measures, at the receiver, how late each run's call arrives after the run's
start plus its wait. That lateness has three parts, which the histories tell apart:

  first task   the first workflow task, from started to completed: the timer starts when the
               worker completes it, so a slow first task shifts the timer;
  timer        how late Temporal fires the timer after it started plus the wait;
  after fire   from the timer firing to the run's completion: the workflow task that replays the
               run and makes the HTTP call.

Run it against the dev server database of a finished benchmark, opened on another port:

  temporal server start-dev --headless --port 7299 --ui-port 8299 \\
      --db-filename .temporal/bench/temporal-<newest>.db &
  scripts/parked-lateness-breakdown.py --address 127.0.0.1:7299 --wait 186

It reads every --every'th run (oldest first) and prints p50, p99 and max of each part in ms, by
--bucket seconds of the runs' start.
"""
import argparse
import datetime
import json
import subprocess


def seconds(timestamp):
    # Temporal prints nanoseconds; Python parses up to microseconds.
    head, _, fraction = timestamp.rstrip("Z").partition(".")
    moment = datetime.datetime.fromisoformat(f"{head}.{(fraction or '0')[:6]}")
    return moment.replace(tzinfo=datetime.timezone.utc).timestamp()


def temporal(address, *args):
    command = ["temporal", *args, "--address", address, "--output", "json"]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def event_times(address, workflow_id):
    """The time of the first event of each type, e.g. 'TIMER_FIRED' -> epoch seconds."""
    times = {}
    for event in temporal(address, "workflow", "show", "--workflow-id", workflow_id)["events"]:
        kind = event["eventType"].removeprefix("EVENT_TYPE_")
        times.setdefault(kind, seconds(event["eventTime"]))
    return times


def parts(times, wait):
    needed = ("WORKFLOW_TASK_STARTED", "TIMER_STARTED", "TIMER_FIRED", "WORKFLOW_EXECUTION_COMPLETED")
    if not all(kind in times for kind in needed):
        return None
    return (
        times["TIMER_STARTED"] - times["WORKFLOW_TASK_STARTED"],
        times["TIMER_FIRED"] - times["TIMER_STARTED"] - wait,
        times["WORKFLOW_EXECUTION_COMPLETED"] - times["TIMER_FIRED"],
    )


def spread(values):
    ordered = sorted(values)
    at = lambda p: ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000
    return f"{at(0.5):6.0f} {at(0.99):6.0f} {ordered[-1] * 1000:6.0f}"


def main():
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--address", default="127.0.0.1:7299")
    options.add_argument("--wait", type=int, required=True, help="the runs' wait, in seconds")
    options.add_argument("--every", type=int, default=8)
    options.add_argument("--bucket", type=int, default=10, help="seconds of start per row")
    args = options.parse_args()

    runs = temporal(
        args.address, "workflow", "list", "--limit", "1000000",
        "--query", "WorkflowType = 'AutomationWorkflow'",
    )
    runs.sort(key=lambda run: run["startTime"])
    rows = {}
    first_start = None
    for run in runs[:: args.every]:
        times = event_times(args.address, run["execution"]["workflowId"])
        split = parts(times, args.wait)
        if split is None:
            continue
        first_start = first_start or times["WORKFLOW_TASK_STARTED"]
        bucket = int((times["WORKFLOW_TASK_STARTED"] - first_start) // args.bucket)
        rows.setdefault(bucket, []).append(split)

    print(f"{len(runs):,} runs, every {args.every}th read; ms as p50 p99 max")
    print(f"{'started at':>12} {'runs':>5}   {'first task':>20}   {'timer':>20}   {'after fire':>20}")
    for bucket, splits in sorted(rows.items()):
        columns = "   ".join(spread([split[i] for split in splits]) for i in range(3))
        print(f"{bucket * args.bucket:>10} s {len(splits):>5}   {columns}")


if __name__ == "__main__":
    main()
