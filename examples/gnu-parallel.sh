#!/usr/bin/env bash
# whosaid as the mapper under GNU parallel: a JSONL archive cut into parts of LINES lines, each part piped through
# the line-in/line-out filter by its own process, the outputs put back in input order (--keep-order). The same
# command spans machines with --sshlogin (each needs node and this project). Output: byte-identical to
#   node bin/whosaid.js --jsonl -q -j 1 < ARCHIVE
#
# usage: examples/gnu-parallel.sh ARCHIVE.jsonl [JOBS] [LINES] > out.jsonl
set -euo pipefail
archive="$1"
jobs="${2:-2}"
lines="${3:-1000}"
here="$(cd "$(dirname "$0")/.." && pwd)"
# -N: whole parts of $lines lines, so part k starts after line (k-1)*lines and --line-offset numbers its lines
# ("stdin:<n>" sources, and ids of lines without one) as a single run would (see whosaid-part.sh). A part that
# fails otherwise than by a bad line stops the run (--halt now,fail=1). --regexp with an empty --recstart: with
# the default record rules, parallel 20221122 put a blank line that starts a part into the part before it (21
# lines, then 19), and every later line number was off by one.
# shellcheck disable=SC2016
parallel --pipe -N "$lines" --regexp --recend '\n' --recstart '' --keep-order -j "$jobs" --halt now,fail=1 \
  "$here/examples/whosaid-part.sh" '{= $_ = ($job->seq() - 1) * '"$lines"' =}' < "$archive"
