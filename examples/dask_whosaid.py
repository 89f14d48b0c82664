"""The client of examples/dask-distributed.sh: partitions of a JSONL archive through `whosaid --jsonl` on Dask
workers, results written to stdout in input order.

Each task gets a partition's bytes and the number of lines before it, runs the filter as a subprocess (one line
out per line in), and returns the output bytes; `--line-offset` numbers the partition's lines as the whole archive
would, so the concatenated output is byte-identical to a single process's. On a cluster without a shared disk
the bytes travel with the task, as here; with one, each task could read its own byte range instead.
"""

import argparse
import os
import subprocess
import sys
import time

from distributed import Client

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "bin", "whosaid.js")


def run_partition(data: bytes, offset: int) -> bytes:
    """One partition through the filter. Exit 1 means some line failed: its output line says which."""
    done = subprocess.run(
        ["node", BIN, "--jsonl", "-q", "-j", "1", "--line-offset", str(offset)],
        input=data,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    if done.returncode not in (0, 1):
        raise RuntimeError(f"whosaid exited {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done.stdout


def partitions(path: str, lines: int):
    """(bytes, lines before) for each run of `lines` lines, split where whosaid splits: after LF."""
    with open(path, "rb") as f:
        part, before, count = [], 0, 0
        for line in f:
            part.append(line)
            count += 1
            if count == lines:
                yield b"".join(part), before
                before += count
                part, count = [], 0
        if part:
            yield b"".join(part), before


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scheduler-file", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--lines", type=int, default=1000)
    ap.add_argument("archive")
    args = ap.parse_args()
    client = Client(scheduler_file=args.scheduler_file, timeout=60)
    client.wait_for_workers(args.workers, timeout=60)
    started = time.time()
    futures = [client.submit(run_partition, data, before, pure=False) for data, before in partitions(args.archive, args.lines)]
    # results in submission order, written as each arrives in turn: memory holds what is not yet written
    for fut in futures:
        sys.stdout.buffer.write(fut.result())
        fut.release()
    sys.stdout.flush()
    print(f"dask: {len(futures)} partition(s) on {args.workers} worker(s) in {time.time() - started:.1f}s", file=sys.stderr)
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
