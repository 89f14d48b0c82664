#!/usr/bin/env bash
# One part of a JSONL archive on stdin through the line-in/line-out filter, its lines numbered from line $1 + 1
# of the whole archive. whosaid's exit 1 (some line failed, and its output line says so) is a normal end for a
# part; any other code (a usage error, output that could not be written) is passed on.
here="$(cd "$(dirname "$0")/.." && pwd)"
node "$here/bin/whosaid.js" --jsonl -q -j 1 --line-offset "${1:-0}"
code=$?
[ "$code" -eq 1 ] && exit 0
exit "$code"
