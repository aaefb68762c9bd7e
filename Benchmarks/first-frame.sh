#!/usr/bin/env bash
# The reader's first frame and its corpus fully loaded, in a real terminal (tmux, 200x50), with CPU
# time and peak RSS (Benchmarks/INDEX.md). Each run: `hearsay --measure-startup --no-state FOLDER`
# under /usr/bin/time; the script waits until the list shows and loading has ended, then quits.
# Prints `hearsay --measure-startup`'s line (first frame and everything loaded, from main, with
# the CPU time of all threads by then) and time's wall, CPU and peak RSS of the whole run.
# The operating system's page cache is warm (the files were just written or read). The reader
# reads the persistent index in a cache folder of the script's own (never the user's): the first
# run starts on an empty cache (cold: parses every file and fills the index), the runs after it
# on the cache that run filled (warm). `--measure-startup` also prints what the index did
# (`index: reused …, parsed …`). CACHE `none` runs with `--no-cache` (every file parsed, bodies held).
# Usage: Benchmarks/first-frame.sh FOLDER [BINARY] [RUNS] [CACHE]   (default: release build, 3 runs, index)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(cd "$1" && pwd)
binary=$(realpath "${2:-.build/release/hearsay}")
runs=${3:-3}
cache_mode=${4:-index}
work=$(mktemp -d)
cache_options="--cache-dir $work/cache"
[ "$cache_mode" = none ] && cache_options="--no-cache"
session=hearsay-first-frame-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

wait_for() {  # wait_for PATTERN: until the pane shows it (extended regex), 10 ms polls, 10 minutes at most
    for _ in $(seq 60000); do
        tmux capture-pane -p -t "$session" 2>/dev/null | grep -Eq "$1" && return 0
        sleep 0.01
    done
    echo "timeout waiting for $1" >&2
    return 1
}

echo "corpus: $folder, $(find "$folder" -name '*.md' -o -name '*.txt' | wc -l) files, $(du -sm --apparent-size "$folder" | cut -f1) MB"
for run in $(seq "$runs"); do
    tmux new-session -d -s "$session" -x 200 -y 50 \
        "env TERM=xterm-256color LANG=C.UTF-8 XDG_CONFIG_HOME=$work/config /usr/bin/time -o $work/time -f '%e %U %S %M' $binary --measure-startup --no-state $cache_options $folder 2>$work/startup"
    wait_for ' List · '
    # Loaded: the status bar no longer says `loading`.
    wait_for ' List · [0-9]+/[0-9]+ · by date( {2}|$)'
    tmux send-keys -t "$session" q
    for _ in $(seq 200); do tmux has-session -t "$session" 2>/dev/null || break; sleep 0.05; done
    read -r wall user system kilobytes < "$work/time"
    label=$([ "$cache_mode" = none ] && echo "no cache" || { [ "$run" = 1 ] && echo "cold cache" || echo "warm cache"; })
    echo "run $run ($label): $(grep startup: "$work/startup")"
    grep '^index:' "$work/startup" | sed "s/^/run $run: /" || true
    printf 'run %d: whole run %.2f s wall, %.2f s CPU, peak RSS %.0f MB\n' "$run" "$wall" "$(echo "$user + $system" | bc)" "$(echo "$kilobytes / 1024" | bc)"
done
