#!/usr/bin/env python3
"""How soon `hearsay search PHRASE FOLDER` prints its first line (Benchmarks/INDEX.md).

For each query, in separate processes on a warm index (one unmeasured run first fills it):
  first line  - wall time from start to the first line on standard output
  | head -1     - wall time until the process has ended after its reader closed the pipe at the
                  first line (what `hearsay search … | head -1` waits for), and its CPU time
  all          - wall and CPU time to print every result (read to the end), and how many lines
Times are the fastest of --runs (the machine may be busy); CPU is user + system of the process.

Usage: Benchmarks/search-first-line.py FOLDER [--binary B] [--cache-dir DIR] [--query Q]... [--runs N]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def start(binary, query, folder, cache_dir):
    command = [binary, "search", query, folder, "--width", "100", "--cache-dir", cache_dir]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def cpu_seconds(usage):
    return usage.ru_utime + usage.ru_stime


def first_line(binary, query, folder, cache_dir):
    """(seconds to the first line, seconds until the process ended after the pipe closed, its CPU)."""
    began = time.monotonic()
    process = start(binary, query, folder, cache_dir)
    process.stdout.readline()
    seen = time.monotonic() - began
    process.stdout.close()  # as `head -1` does: the next write ends the process (SIGPIPE)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return seen, time.monotonic() - began, cpu_seconds(usage)


def everything(binary, query, folder, cache_dir):
    """(wall seconds, CPU seconds, lines) to print every result."""
    began = time.monotonic()
    process = start(binary, query, folder, cache_dir)
    lines = sum(1 for _ in process.stdout)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return time.monotonic() - began, cpu_seconds(usage), lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--binary", default=".build/release/hearsay")
    parser.add_argument("--cache-dir", help="the index's folder (default: a new temporary one, filled first)")
    parser.add_argument("--query", action="append", dest="queries")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-all", action="store_true", help="skip printing every result")
    arguments = parser.parse_args()
    queries = arguments.queries or ["开源", "shows/7555"]
    cache_dir = arguments.cache_dir or tempfile.mkdtemp(prefix="hearsay-first-line-")

    # Fill the index (list rows and full text) once, unmeasured.
    subprocess.run([arguments.binary, "search", queries[0], arguments.folder, "--cache-dir", cache_dir],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"{arguments.binary} search … {arguments.folder} (warm index in {cache_dir}; fastest of {arguments.runs})")
    print(f"{'query':<14} {'first line':>12} {'| head -1: wall / CPU':>24} {'all: wall / CPU / lines':>30}")
    for query in queries:
        runs = [first_line(arguments.binary, query, arguments.folder, cache_dir) for _ in range(arguments.runs)]
        seen, ended, cpu = min(runs)
        whole = "-"
        if not arguments.no_all:
            wall, whole_cpu, lines = min(everything(arguments.binary, query, arguments.folder, cache_dir)
                                         for _ in range(arguments.runs))
            whole = f"{wall * 1000:.0f} ms / {whole_cpu * 1000:.0f} ms / {lines}"
        print(f"{query:<14} {seen * 1000:>9.0f} ms {f'{ended * 1000:.0f} ms / {cpu * 1000:.0f} ms':>24} {whole:>30}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
