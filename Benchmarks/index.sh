#!/usr/bin/env bash
# The persistent index, one process per figure (Benchmarks/INDEX.md): wall time, CPU time (user +
# system) and peak RSS of `hearsay list`, `speakers` and `search` without the index, cold (cache
# folder emptied) and warm, and of loading every article in full (`bench load`).
# Usage: Benchmarks/index.sh FOLDER [BINARY] [QUERY]   (default: release build, a rare phrase)
# The operating system's page cache is warm in every run (the files were just written or read).
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$1
binary=${2:-.build/release/hearsay}
query=${3:-shows/7555}
cache=$(mktemp -d)
times=$(mktemp)
trap 'rm -rf "$cache" "$times"' EXIT
export XDG_CACHE_HOME=$cache

run() {  # run LABEL COMMAND…: one line of figures
    local label=$1
    shift
    /usr/bin/time -o "$times" -f "%e %U %S %M" "$@" > /dev/null 2>&1 || true
    read -r wall user system kilobytes < "$times"
    printf '%-34s %8.2f s %8.2f s %9.1f MB\n' "$label" "$wall" "$(echo "$user + $system" | bc)" "$(echo "scale=1; $kilobytes / 1024" | bc)"
}

megabytes=$(du -sm --apparent-size "$folder" | cut -f1)
echo "corpus: $folder, $(find "$folder" -name '*.md' -o -name '*.txt' | wc -l) files, ${megabytes} MB"
printf '%-34s %10s %10s %12s\n' "what" "wall" "CPU" "peak RSS"
run "list, no index (--no-cache)" "$binary" list "$folder" --no-cache
run "list, cold (index built)" "$binary" list "$folder"
run "list, warm" "$binary" list "$folder"
run "speakers, warm" "$binary" speakers "$folder"
run "everything loaded (bench load)" "$binary" bench load "$folder"
run "search, no index" "$binary" search "$query" "$folder" --no-cache
run "search, text index built" "$binary" search "$query" "$folder"
run "search, warm" "$binary" search "$query" "$folder"
echo "index file: $(du -sm "$cache/hearsay/index.sqlite" | cut -f1) MB"
