#!/usr/bin/env bash
# whosaid as the mapper on Dask distributed: a scheduler and two workers on the loopback interface only
# (127.0.0.1, no dashboard), and a client (dask_whosaid.py) that sends the partitions of a JSONL archive to the
# workers, where each is piped through the line-in/line-out filter, and writes the results in input order.
# Output: byte-identical to   node bin/whosaid.js --jsonl -q -j 1 < ARCHIVE
#
# usage: examples/dask-distributed.sh ARCHIVE.jsonl [LINES_PER_PARTITION] > out.jsonl
# Needs Debian's python3-distributed (apt-get install python3-distributed); PYTHON picks another interpreter.
set -euo pipefail
archive="$1"
lines="${2:-1000}"
here="$(cd "$(dirname "$0")" && pwd)"
python="${PYTHON:-/usr/bin/python3}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# A free port chosen by the scheduler itself, written to a file the workers and the client read.
"$python" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 --no-dashboard \
  --scheduler-file "$work/scheduler.json" > "$work/scheduler.log" 2>&1 &
scheduler=$!
pids+=("$scheduler")
# wait for the scheduler's file; a scheduler that died says why
for _ in $(seq 1 300); do
  [ -s "$work/scheduler.json" ] && break
  if ! kill -0 "$scheduler" 2>/dev/null; then
    echo "dask-distributed.sh: the scheduler failed to start:" >&2
    tail -n 5 "$work/scheduler.log" >&2
    exit 1
  fi
  sleep 0.1
done
for i in 1 2; do
  "$python" -m distributed.cli.dask_worker --scheduler-file "$work/scheduler.json" --host 127.0.0.1 \
    --nworkers 1 --nthreads 1 --no-dashboard --name "w$i" --local-directory "$work/w$i" > "$work/worker$i.log" 2>&1 &
  pids+=($!)
done
"$python" "$here/dask_whosaid.py" --scheduler-file "$work/scheduler.json" --workers 2 --lines "$lines" "$archive"
