#!/usr/bin/env bash
# Startup to first frame of the reader on a folder, in a real terminal (tmux, 80x24).
# Usage: Benchmarks/startup.sh [BINARY] [FOLDER] [RUNS]   (default: release build, ../shared/seeds, 10)
# Prints one line per run from `hearsay --measure-startup` (written to stderr after the terminal is
# restored): milliseconds from main() to the first frame, and from exec (10 ms /proc resolution).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/hearsay}
folder=${2:-../shared/seeds}
runs=${3:-10}
out=$(mktemp)
for _ in $(seq "$runs"); do
    session=hearsay-startup-$$
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 $binary --measure-startup $folder 2>>$out"
    for _ in $(seq 100); do
        tmux capture-pane -p -t "$session" 2>/dev/null | grep -q ' List · ' && break
        sleep 0.05
    done
    tmux send-keys -t "$session" q
    for _ in $(seq 100); do tmux has-session -t "$session" 2>/dev/null || break; sleep 0.05; done
done
cat "$out"
rm -f "$out"
